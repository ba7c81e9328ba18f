package fr.centreisere.concierge.notification.event;

/** The events received, by id (port): what makes a repeat known. */
public interface Events {

    /** Records the event's arrival; false when its id was known already. */
    boolean recordIfNew(NotificationEvent event);

    /** Whether every in-app entry and mail of the event has been written. */
    boolean isFannedOut(String eventId);

    void markFannedOut(String eventId);
}
