/** provider-service's dispatch, seen from order-service: a port ({@link fr.centreisere.concierge.order.dispatch.Dispatches}) and its Feign adapter. */
package fr.centreisere.concierge.order.dispatch;
