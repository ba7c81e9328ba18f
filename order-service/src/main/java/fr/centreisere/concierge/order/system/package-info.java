/** Cross-cutting set-up of the order service: time, OpenAPI description, and later security and persistence settings. */
package fr.centreisere.concierge.order.system;
