/** order-service behind the OrderEvents port: OpenFeign client with timeouts and a Resilience4j breaker. */
package fr.centreisere.concierge.provider.job.feign;
