package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the member reports on completion: hours worked, of which hours by people in insertion; with the
 * coordinators' corrections of those figures, oldest first (the figures are the latest ones).
 */
public record WorkReport(double hoursWorked, double insertionHours, String note, Instant completedAt,
        List<ReportCorrection> corrections) {

    public WorkReport(double hoursWorked, double insertionHours, String note, Instant completedAt) {
        this(hoursWorked, insertionHours, note, completedAt, List.of());
    }

    /**
     * The most people a member sends for one job: hours worked are at most the slot's length times this
     * (a 30-minute slot: 5 hours), so that a typing mistake ({@code 500} for {@code 5.00}) is refused.
     */
    public static final int MAX_CREW = 10;

    /** Checks the hours against what the slot allows ({@link #MAX_CREW} people for its whole length). */
    public static void checkFits(double hoursWorked, Slot slot) {
        double allowed = slot.hours() * MAX_CREW;
        if (hoursWorked > allowed) {
            throw new InvalidWorkReport("job.report.hours-exceed-slot", hoursWorked, slot.hours(), MAX_CREW, allowed);
        }
    }

    public WorkReport {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        if (!(hoursWorked > 0) || hoursWorked > 1000) {
            throw new InvalidWorkReport("job.report.hours-positive");
        }
        if (insertionHours < 0 || insertionHours > hoursWorked) {
            throw new InvalidWorkReport("job.report.insertion-hours-bounds");
        }
    }

    /** The same report with other figures (same bounds), the correction recorded; completedAt stays. */
    public WorkReport corrected(double newHoursWorked, double newInsertionHours, String reason, String by,
            Instant at) {
        ReportCorrection correction = new ReportCorrection(hoursWorked, insertionHours, newHoursWorked,
                newInsertionHours, reason, by, at);
        List<ReportCorrection> all = new ArrayList<>(corrections);
        all.add(correction);
        return new WorkReport(newHoursWorked, newInsertionHours, note, completedAt, all);
    }
}
