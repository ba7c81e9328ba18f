/** Money as integer euro cents, shared by orders and (later) company statements. */
package fr.centreisere.concierge.order.money;
