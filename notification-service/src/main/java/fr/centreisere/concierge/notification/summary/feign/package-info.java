/**
 * What order-service and provider-service report for attention, asked over Feign.
 */
@NullMarked
package fr.centreisere.concierge.notification.summary.feign;

import org.jspecify.annotations.NullMarked;
