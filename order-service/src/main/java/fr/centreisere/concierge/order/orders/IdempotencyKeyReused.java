package fr.centreisere.concierge.order.orders;

/** The {@code Idempotency-Key} was already used by this customer for a different request (422). */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super(("La clé d'idempotence « %s » a déjà servi pour une autre commande ; utilisez une nouvelle clé. "
                + "/ The Idempotency-Key « %s » was already used for a different order; use a new key.")
                .formatted(key, key));
    }
}
