package fr.centreisere.concierge.order.orders.mongo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.order.orders.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Generated volume (./concierge fill): orders inserted many at a time, in the documents {@link MongoOrders}
 * writes, with the {@link OrderKeys} that « Mes commandes » and a period's lists start from and the
 * {@link OrderDayTallies} that a period's report counts (the same entries, one upsert per day per batch).
 */
@Repository
public class BulkOrders {

    private static final int BATCH_SIZE = 1_000;

    private final MongoTemplate mongo;
    private final OrderDayTallies tallies;

    BulkOrders(MongoTemplate mongo) {
        this.mongo = mongo;
        this.tallies = new OrderDayTallies(mongo, Clock.systemUTC()); // writes no mark: nothing to date
    }

    public int insert(List<Order> orders) {
        // the orders stored before (the demo seed's few, an older store's) are tallied first, once, so that the
        // tallies are complete after this fill and the service's next start need not read every filled order to
        // build them. Until the fill ends they are not: a fill cut half-way leaves them to that build.
        if (!tallies.isBuilt()) {
            tallies.build();
        }
        tallies.forgetBuilt();
        int written = 0;
        List<OrderDocument> chunk = new ArrayList<>(BATCH_SIZE);
        List<Order> batch = new ArrayList<>(BATCH_SIZE);
        for (Order order : orders) {
            chunk.add(MongoOrders.toDocument(order, 0));
            batch.add(order);
            if (chunk.size() == BATCH_SIZE) {
                written += write(batch, chunk);
            }
        }
        if (!chunk.isEmpty()) {
            written += write(batch, chunk);
        }
        tallies.markBuilt();
        return written;
    }

    /**
     * The keys first, as {@link MongoOrders} does: a key without its order is filtered out, never the reverse;
     * the tallies after the orders.
     */
    private int write(List<Order> batch, List<OrderDocument> chunk) {
        OrderKeys.recordAll(mongo, batch);
        int written = mongo.insert(chunk, OrderDocument.class).size();
        tallies.recordAll(batch.stream().map(order -> TalliedOrder.of(order, 0)).toList());
        batch.clear();
        chunk.clear();
        return written;
    }
}
