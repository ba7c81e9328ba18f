package fr.centreisere.concierge.order.orders.mongo;

import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.order.orders.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Generated volume (./concierge fill): orders inserted many at a time, in the documents {@link MongoOrders}
 * writes, with the {@link OrderKeys} that « Mes commandes » and a period's lists start from.
 */
@Repository
public class BulkOrders {

    private static final int BATCH_SIZE = 1_000;

    private final MongoTemplate mongo;

    BulkOrders(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public int insert(List<Order> orders) {
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
        return written;
    }

    /** The keys first, as {@link MongoOrders} does: a key without its order is filtered out, never the reverse. */
    private int write(List<Order> batch, List<OrderDocument> chunk) {
        OrderKeys.recordAll(mongo, batch);
        int written = mongo.insert(chunk, OrderDocument.class).size();
        batch.clear();
        chunk.clear();
        return written;
    }
}
