package fr.centreisere.concierge.order.orders;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** The order's state does not allow that change (409). */
public class TransitionForbidden extends LocalizedException {

    public TransitionForbidden(String code, Object... args) {
        super(code, args);
    }

    static TransitionForbidden of(OrderState from, OrderState to) {
        return new TransitionForbidden("order.transition-forbidden", from, to);
    }
}
