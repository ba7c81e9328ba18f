package fr.centreisere.concierge.platform.text;

import org.jspecify.annotations.Nullable;

/**
 * A cell of an exported CSV that a spreadsheet would read as a formula (it begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with a {@code '} so that
 * it stays text (OWASP, « CSV Injection »). Every export writes its text cells through
 * {@link #neutralised(String)}; numbers the export itself formats (amounts, dates) need not.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static @Nullable String neutralised(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** As {@link #neutralised(String)}, with {@code null} as an empty cell. */
    public static String neutralisedOrEmpty(@Nullable String cell) {
        String safe = neutralised(cell);
        return safe == null ? "" : safe;
    }
}
