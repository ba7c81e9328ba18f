/**
 * Invoices: at the close of a month the pole issues one invoice to each company (the employer's shares of
 * its completed orders) and one to each member structure (the commission on its completed jobs), numbered
 * gapless per year, never changed once issued, cancelled by a credit note that refers to them.
 */
@NullMarked
package fr.centreisere.concierge.order.invoice;

import org.jspecify.annotations.NullMarked;
