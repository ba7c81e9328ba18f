/** The catalog-service, seen from order-service: a port ({@link fr.centreisere.concierge.order.catalog.Catalog}) and its Feign adapter. */
@NullMarked
package fr.centreisere.concierge.order.catalog;

import org.jspecify.annotations.NullMarked;
