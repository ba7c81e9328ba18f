package fr.centreisere.concierge.catalog.offering;

/** Who a service is offered to: residents, companies (for their staff or premises), or both. */
public enum Audience {
    RESIDENT,
    COMPANY,
    ALL;

    /** The audiences of the services a search for this audience shows: a resident also sees services for all. */
    public java.util.Set<Audience> shownTo() {
        return switch (this) {
            case RESIDENT -> java.util.EnumSet.of(RESIDENT, ALL);
            case COMPANY -> java.util.EnumSet.of(COMPANY, ALL);
            case ALL -> java.util.EnumSet.of(ALL);
        };
    }
}
