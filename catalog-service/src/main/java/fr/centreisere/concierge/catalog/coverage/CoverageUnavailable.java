package fr.centreisere.concierge.catalog.coverage;

/** provider-service could not say what the coverage is now. */
public class CoverageUnavailable extends RuntimeException {

    public CoverageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
