/** Cross-cutting set-up of the provider service: time, OpenAPI description, and later security and persistence settings. */
@NullMarked
package fr.centreisere.concierge.provider.system;

import org.jspecify.annotations.NullMarked;
