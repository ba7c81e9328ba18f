/** {@code GET /api/reports/orders}: the period's report for coordinators. */
@NullMarked
package fr.centreisere.concierge.order.report.web;

import org.jspecify.annotations.NullMarked;
