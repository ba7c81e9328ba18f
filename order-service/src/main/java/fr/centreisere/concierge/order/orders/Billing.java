package fr.centreisere.concierge.order.orders;

/** Who pays: the customer alone, or their employer's contract for a share. */
public enum Billing {
    PERSONAL,
    COMPANY
}
