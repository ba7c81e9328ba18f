/** Invoices and month closings in MongoDB; the number is the insert's own (unique index, retried). */
@NullMarked
package fr.centreisere.concierge.order.invoice.mongo;

import org.jspecify.annotations.NullMarked;
