/** The sweep that asks provider-service for the coverage again. */
@NullMarked
package fr.centreisere.concierge.catalog.coverage.schedule;

import org.jspecify.annotations.NullMarked;
