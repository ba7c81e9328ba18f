package fr.centreisere.concierge.notification.inbox;

/** No such entry in this user's list (another user's entry is not theirs to see). */
public class NotificationNotFound extends RuntimeException {

    public NotificationNotFound(String id) {
        super("Notification " + id + " not found");
    }
}
