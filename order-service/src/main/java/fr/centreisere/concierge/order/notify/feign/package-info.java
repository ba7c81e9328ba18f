/** notification-service over OpenFeign: where the notification events go. */
@NullMarked
package fr.centreisere.concierge.order.notify.feign;

import org.jspecify.annotations.NullMarked;
