/**
 * PDF documents that archives and accounting accept: PDF/A-3b (so a Factur-X invoice can carry its XML), A4,
 * Liberation Sans embedded, laid out top to bottom with page breaks by
 * {@link fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder}. Needs {@code org.apache.pdfbox:pdfbox} and
 * {@code xmpbox} on the service's class path (the services that draw PDFs declare them).
 */
@NullMarked
package fr.centreisere.concierge.platform.pdf;

import org.jspecify.annotations.NullMarked;
