/**
 * A period's numbers (issue 14): orders by state, category, commune, member and company, revenue and the
 * pole's commission, counted by the database over the same selection as the paged list.
 */
@NullMarked
package fr.centreisere.concierge.order.report;

import org.jspecify.annotations.NullMarked;
