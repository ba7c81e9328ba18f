package fr.centreisere.concierge.provider.job;

/** Where notices to members' staff go: notification-service (port). */
public interface MemberNotifications {

    /**
     * Delivers one notice; throws {@link Undelivered} if notification-service did not acknowledge it (to be
     * sent again), {@link Refused} if it refused it as invalid (400/422: never to be sent again).
     */
    void deliver(NoticeMessage message);

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
