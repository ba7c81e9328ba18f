package fr.centreisere.concierge.platform.outbox;

/**
 * Sends one message to one destination: the service implements it with its client (Feign) behind it.
 * It may throw: the relay counts an exception as a failure with no status. It must be safe to call twice
 * for the same message (a lease can expire while a slow send is in flight): receivers are idempotent by
 * the message's id.
 */
@FunctionalInterface
public interface OutboxSender {

    SendResult send(String ownerId, OutboxMessage message);
}
