package fr.centreisere.concierge.order.orders.mongo;

import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.order.orders.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Generated volume (./concierge fill): orders inserted many at a time, in the documents {@link MongoOrders} writes. */
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
        for (Order order : orders) {
            chunk.add(MongoOrders.toDocument(order, 0));
            if (chunk.size() == BATCH_SIZE) {
                written += mongo.insert(chunk, OrderDocument.class).size();
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            written += mongo.insert(chunk, OrderDocument.class).size();
        }
        return written;
    }
}
