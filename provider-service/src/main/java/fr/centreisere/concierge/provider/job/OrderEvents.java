package fr.centreisere.concierge.provider.job;

/** Where job outcomes go: order-service (port). */
public interface OrderEvents {

    /**
     * Delivers one outcome; throws {@link Undelivered} if order-service did not acknowledge it (to be
     * sent again), {@link Refused} if it refused it as invalid (never to be sent again).
     */
    void deliver(String orderId, String jobId, JobEvent event);

    class Undelivered extends RuntimeException {
        public Undelivered(String message, Throwable cause) {
            super(message, cause);
        }
    }

    class Refused extends RuntimeException {
        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
