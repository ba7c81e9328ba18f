/** The demo profile's past months, closed at start so a new user finds invoices. */
@NullMarked
package fr.centreisere.concierge.order.invoice.seed;

import org.jspecify.annotations.NullMarked;
