package fr.centreisere.concierge.order.report;

import fr.centreisere.concierge.order.orders.OrderQuery;

/** The report of a period: the filters it was asked with, and what the store counted. */
public record OrderReport(Period period, OrderQuery query, OrderTally tally) {
}
