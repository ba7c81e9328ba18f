package fr.centreisere.concierge.notification.message;

/** The kinds of e-mail a user may turn off on their profile page; the in-app list always has them. */
public enum EmailCategory {
    /** What happens to one's orders (ORDER_*). */
    ORDERS,
    /** Job offers and jobs of one's member structure (OFFER_*, JOB_CANCELLED). */
    OFFERS,
    /** Company memberships (EMPLOYEE_*). */
    COMPANY,
    /** The coordinators' daily summary. */
    SUMMARY
}
