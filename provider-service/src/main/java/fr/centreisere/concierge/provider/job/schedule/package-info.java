/** Schedulers of the job workflow: offer expiry and redelivery of outcomes to order-service. */
package fr.centreisere.concierge.provider.job.schedule;
