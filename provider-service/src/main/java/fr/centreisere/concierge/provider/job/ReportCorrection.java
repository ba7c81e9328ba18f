package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.Objects;

/** A coordinator's correction of a completion report: the figures before and after, by whom, when and why. */
public record ReportCorrection(double hoursWorkedBefore, double insertionHoursBefore, double hoursWorkedAfter,
        double insertionHoursAfter, String reason, String correctedBy, Instant correctedAt) {

    public ReportCorrection {
        Objects.requireNonNull(correctedBy, "correctedBy");
        Objects.requireNonNull(correctedAt, "correctedAt");
        if (reason == null || reason.isBlank()) {
            throw new InvalidWorkReport("job.report.correction-needs-reason");
        }
        reason = reason.strip();
    }
}
