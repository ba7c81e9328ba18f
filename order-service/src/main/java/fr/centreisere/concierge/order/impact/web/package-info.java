/** The bilan RSE's HTTP answer: JSON and the PDF a company attaches to its CSR report. */
@NullMarked
package fr.centreisere.concierge.order.impact.web;

import org.jspecify.annotations.NullMarked;
