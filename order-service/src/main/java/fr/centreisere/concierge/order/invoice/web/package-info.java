/** The invoices' HTTP API (docs/API.md « Invoices »). */
@NullMarked
package fr.centreisere.concierge.order.invoice.web;

import org.jspecify.annotations.NullMarked;
