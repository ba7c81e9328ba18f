package fr.centreisere.concierge.order.orders;

/** The caller may see the order but not do that to it (403). */
public class ActionNotAllowed extends RuntimeException {

    public ActionNotAllowed(String detail) {
        super(detail);
    }
}
