package fr.centreisere.concierge.provider.job;

/** Why a member with a capability for the service was left out of a decision (or does not fit a reassignment). */
public enum Exclusion {
    /** Suspended by the coordinators. */
    SUSPENDED,
    /** No capability for the service. */
    NOT_CAPABLE,
    /** A capability for the service, but not in that commune. */
    NOT_COVERED,
    /** No free place for the service that day. */
    DAY_FULL,
    /** Declined this order or let its offer expire. */
    ALREADY_REFUSED,
    /** No member with that id. */
    UNKNOWN_MEMBER
}
