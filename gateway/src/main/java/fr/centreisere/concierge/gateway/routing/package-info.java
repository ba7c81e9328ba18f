/** How requests reach the services: what is routed, what never is, and what a caller sees when a service is down. */
@NullMarked
package fr.centreisere.concierge.gateway.routing;

import org.jspecify.annotations.NullMarked;
