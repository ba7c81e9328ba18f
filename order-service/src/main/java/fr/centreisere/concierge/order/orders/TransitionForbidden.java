package fr.centreisere.concierge.order.orders;

/** The order's state does not allow that change (409). */
public class TransitionForbidden extends RuntimeException {

    public TransitionForbidden(String detail) {
        super(detail);
    }

    static TransitionForbidden of(OrderState from, OrderState to) {
        return new TransitionForbidden("Une commande %s ne peut pas passer à %s. / An order %s cannot become %s."
                .formatted(from, to, from, to));
    }
}
