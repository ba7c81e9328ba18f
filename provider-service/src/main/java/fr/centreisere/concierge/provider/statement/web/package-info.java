/** {@code GET /api/members/{id}/statements/{yyyy-MM}}: the member's statement as JSON, CSV, XLSX or PDF. */
@NullMarked
package fr.centreisere.concierge.provider.statement.web;

import org.jspecify.annotations.NullMarked;
