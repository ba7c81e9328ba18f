/** The catalog-service, seen from order-service: a port ({@link fr.centreisere.concierge.order.catalog.Catalog}) and its Feign adapter. */
package fr.centreisere.concierge.order.catalog;
