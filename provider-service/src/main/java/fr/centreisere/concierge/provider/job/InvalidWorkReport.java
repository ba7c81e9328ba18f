package fr.centreisere.concierge.provider.job;

/** A completion report that breaks a business rule (answered with 422). */
public class InvalidWorkReport extends RuntimeException {
    public InvalidWorkReport(String message) {
        super(message);
    }
}
