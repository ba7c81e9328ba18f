/**
 * A company's « bilan RSE » (issue 16): the hours of work its employees' completed orders gave member structures,
 * and to people in insertion, by structure, by kind of structure and by category, for a year or a month.
 */
@NullMarked
package fr.centreisere.concierge.order.impact;

import org.jspecify.annotations.NullMarked;
