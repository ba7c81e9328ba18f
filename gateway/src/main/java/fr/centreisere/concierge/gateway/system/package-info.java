/**
 * Cross-cutting set-up of the gateway: time, wiring of the identity feature, and the edge's
 * protection (who may call what, security headers, rate and body-size limits, closed CORS).
 */
@NullMarked
package fr.centreisere.concierge.gateway.system;

import org.jspecify.annotations.NullMarked;
