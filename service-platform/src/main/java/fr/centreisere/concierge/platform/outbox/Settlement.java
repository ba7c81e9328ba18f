package fr.centreisere.concierge.platform.outbox;

/**
 * Writes what became of a message the relay sent. The default ({@code MongoOutboxStore}) sets the
 * message in place, on the condition that this relay's lease still holds it. An owner whose domain
 * reacts to the outcome (a dispatch's answer changes the order's state) gives its own: read the
 * owner, {@link Outbox#settle} the message and react, in one conditional write.
 */
@FunctionalInterface
public interface Settlement {

    /**
     * @param claimed the message as this relay claimed it
     * @param settled the same message delivered, failed (to be retried) or given up
     */
    void settle(String ownerId, OutboxMessage claimed, OutboxMessage settled);
}
