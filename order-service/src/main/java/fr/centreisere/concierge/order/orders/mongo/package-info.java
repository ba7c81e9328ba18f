/** Orders and their yearly number counters in MongoDB. */
@NullMarked
package fr.centreisere.concierge.order.orders.mongo;

import org.jspecify.annotations.NullMarked;
