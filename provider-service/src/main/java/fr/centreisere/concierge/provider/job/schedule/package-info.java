/** Schedulers of the job workflow: offer expiry and redelivery of outcomes to order-service. */
@NullMarked
package fr.centreisere.concierge.provider.job.schedule;

import org.jspecify.annotations.NullMarked;
