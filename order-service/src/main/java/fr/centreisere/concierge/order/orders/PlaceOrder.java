package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import fr.centreisere.concierge.order.catalog.Catalog;
import fr.centreisere.concierge.order.catalog.ServiceOffer;

/**
 * A customer places an order: the same {@code Idempotency-Key} gives back the same order (also when
 * duplicates race: the unique key decides), the catalog prices it (no price, no order), it is stored
 * {@code PLACED} with its dispatch in its outbox, and the dispatch is tried at once. Whether or not
 * provider-service answers, the order is accepted; the outbox sends it later if needed.
 */
public class PlaceOrder {

    /** The order, and whether this request created it (201) or found it (200). */
    public record Placed(Order order, boolean created) {
    }

    private final Orders orders;
    private final OrderNumbers numbers;
    private final Catalog catalog;
    private final DeliverMessages delivery;
    private final Clock clock;

    public PlaceOrder(Orders orders, OrderNumbers numbers, Catalog catalog, DeliverMessages delivery, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.catalog = catalog;
        this.delivery = delivery;
        this.clock = clock;
    }

    public Placed place(Caller caller, OrderRequest request, String idempotencyKey) {
        Optional<Order> existing = orders.findByIdempotencyKey(caller.userId(), idempotencyKey);
        if (existing.isPresent()) {
            return replay(existing.get(), request, idempotencyKey);
        }
        ServiceOffer offer = catalog.offer(request.serviceId(), request.communeInsee())
                .orElseThrow(() -> new OrderRefused(("Le service « %s » n'existe pas au catalogue. "
                        + "/ The service « %s » is not in the catalog.").formatted(request.serviceId(), request.serviceId())));
        Instant now = clock.instant();
        int year = now.atZone(Slot.TERRITORY_ZONE).getYear();
        // check first, number last: a refused request consumes no number
        Order.checkOffer(request, offer, now);
        String number = OrderNumbers.format(year, numbers.next(year));
        Order order = Order.place("ord-" + UUID.randomUUID(), number,
                new Customer(caller.userId(), caller.displayName()), request, idempotencyKey, offer, now);
        Order stored;
        try {
            stored = orders.insert(order);
        } catch (Orders.IdempotencyKeyTaken raced) {
            // a duplicate of this request won the race (its number is the one kept; ours is skipped)
            Order winner = orders.findByIdempotencyKey(caller.userId(), idempotencyKey).orElseThrow(() -> raced);
            return replay(winner, request, idempotencyKey);
        }
        delivery.deliverQuietly(stored.id());
        return new Placed(orders.find(stored.id()).orElse(stored), true);
    }

    private static Placed replay(Order existing, OrderRequest request, String idempotencyKey) {
        if (!existing.answers(request)) {
            throw new IdempotencyKeyReused(idempotencyKey);
        }
        return new Placed(existing, false);
    }
}
