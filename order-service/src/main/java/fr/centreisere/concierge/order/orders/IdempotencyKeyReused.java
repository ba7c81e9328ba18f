package fr.centreisere.concierge.order.orders;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** The {@code Idempotency-Key} was already used by this customer for a different request (422). */
public class IdempotencyKeyReused extends LocalizedException {

    public IdempotencyKeyReused(String key) {
        super("order.idempotency-key-reused", key);
    }
}
