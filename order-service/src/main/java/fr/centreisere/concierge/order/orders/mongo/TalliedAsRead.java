package fr.centreisere.concierge.order.orders.mongo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the orders read or written here last held for the tallies, by id: version {@code v} of an order has
 * one content forever, so an update that expects {@code v} knows what it replaces without reading it again,
 * and writes no tally when nothing tallied changes (issue 15: the store's writes per placed order are
 * counted). The newest few thousand are kept; an update of one no longer kept reads it first.
 */
final class TalliedAsRead {

    private static final int KEPT = 10_000;

    private final Map<String, TalliedOrder> byId = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TalliedOrder> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void remember(TalliedOrder order) {
        byId.put(order.id(), order);
    }

    /** The order as tallied at {@code version}, if that is the version kept. */
    synchronized Optional<TalliedOrder> at(String orderId, long version) {
        TalliedOrder kept = byId.get(orderId);
        return kept != null && kept.version() == version ? Optional.of(kept) : Optional.empty();
    }
}
