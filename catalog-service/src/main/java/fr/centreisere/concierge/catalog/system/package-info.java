/** Cross-cutting set-up of the catalog service: time, OpenAPI description, and later security and persistence settings. */
package fr.centreisere.concierge.catalog.system;
