package fr.centreisere.concierge.order.orders.mongo;

import org.springframework.context.annotation.Import;

/**
 * The orders' repository (package-private) for a storage slice test of another package. Imported, not a
 * {@code @TestConfiguration}: the fill's application scans this package, test classes included.
 */
@Import(MongoOrders.class)
public class MongoOrdersForTests {
}
