/**
 * Companies that contract the concierge for their staff (issue 7): the company and its contract, its
 * employees' memberships, the employer's share of their orders within a monthly cap, monthly statements.
 */
@NullMarked
package fr.centreisere.concierge.order.company;

import org.jspecify.annotations.NullMarked;
