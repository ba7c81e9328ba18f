/** Cross-cutting set-up of the catalog service: use-case wiring, settings, time, scheduling and Feign, database health, access rules, OpenAPI description. */
@NullMarked
package fr.centreisere.concierge.catalog.system;

import org.jspecify.annotations.NullMarked;
