/** Cross-cutting set-up of the provider service: time, OpenAPI description, and later security and persistence settings. */
package fr.centreisere.concierge.provider.system;
