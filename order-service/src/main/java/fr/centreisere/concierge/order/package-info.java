/** order-service: orders, companies and their statements, invoices. */
@NullMarked
package fr.centreisere.concierge.order;

import org.jspecify.annotations.NullMarked;
