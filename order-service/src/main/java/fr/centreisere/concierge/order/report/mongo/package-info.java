/**
 * The report counted from the orders' per-day tallies, or by one MongoDB aggregation ({@code $match}, then
 * {@code $facet} of {@code $group}s) when they cannot answer.
 */
@NullMarked
package fr.centreisere.concierge.order.report.mongo;

import org.jspecify.annotations.NullMarked;
