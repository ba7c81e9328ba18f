/** Money as integer euro cents, shared by orders and (later) company statements. */
@NullMarked
package fr.centreisere.concierge.order.money;

import org.jspecify.annotations.NullMarked;
