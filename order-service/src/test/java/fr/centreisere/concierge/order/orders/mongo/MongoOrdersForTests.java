package fr.centreisere.concierge.order.orders.mongo;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The orders' repository (package-private) for a storage slice test of another package. */
@TestConfiguration(proxyBeanMethods = false)
@Import(MongoOrders.class)
public class MongoOrdersForTests {
}
