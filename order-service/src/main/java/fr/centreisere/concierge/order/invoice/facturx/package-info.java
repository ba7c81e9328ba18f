/**
 * An issued invoice as a Factur-X file: drawn as PDF/A-3b with platform.pdf, then Mustang attaches its CII
 * XML (profile EN 16931).
 */
@NullMarked
package fr.centreisere.concierge.order.invoice.facturx;

import org.jspecify.annotations.NullMarked;
