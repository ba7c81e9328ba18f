package fr.centreisere.concierge.catalog.offering;

/** What the unit price is for; the order's quantity counts these units. */
public enum PriceModel {
    /** one flat price for the job (quantity 1, or several identical jobs) */
    FIXED,
    PER_HOUR,
    PER_DAY,
    PER_ITEM,
    PER_KM
}
