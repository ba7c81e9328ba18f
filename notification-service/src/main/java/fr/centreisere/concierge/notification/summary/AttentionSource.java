package fr.centreisere.concierge.notification.summary;

/** A service that reports what needs attention (port): order-service, provider-service. */
public interface AttentionSource {

    /** Its report; {@link AttentionReport#unanswered} when it does not answer — never an exception. */
    AttentionReport report();
}
