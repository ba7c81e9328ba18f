package fr.centreisere.concierge.provider.job;

import java.time.Instant;

/** What the member reports on completion: hours worked, of which hours by people in insertion. */
public record WorkReport(double hoursWorked, double insertionHours, String note, Instant completedAt) {

    public WorkReport {
        if (!(hoursWorked > 0) || hoursWorked > 1000) {
            throw new InvalidWorkReport("les heures travaillées doivent être positives / hours worked must be positive");
        }
        if (insertionHours < 0 || insertionHours > hoursWorked) {
            throw new InvalidWorkReport("les heures d'insertion doivent être entre 0 et les heures travaillées"
                    + " / insertion hours must be between 0 and the hours worked");
        }
    }
}
