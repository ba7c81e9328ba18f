/** The report counted by one MongoDB aggregation ({@code $match}, then {@code $facet} of {@code $group}s). */
@NullMarked
package fr.centreisere.concierge.order.report.mongo;

import org.jspecify.annotations.NullMarked;
