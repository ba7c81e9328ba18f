/**
 * Exports of a period as files people open in a spreadsheet: a {@link fr.centreisere.concierge.platform.export.Table}
 * of typed columns, written as CSV (the French spreadsheet dialect, or RFC 4180 for older contracts), XLSX or PDF,
 * chosen by {@code format=} or {@code Accept} ({@link fr.centreisere.concierge.platform.export.ExportRequest}).
 */
@NullMarked
package fr.centreisere.concierge.platform.export;

import org.jspecify.annotations.NullMarked;
