/** Cross-cutting set-up of the order service: time, OpenAPI description, and later security and persistence settings. */
@NullMarked
package fr.centreisere.concierge.order.system;

import org.jspecify.annotations.NullMarked;
