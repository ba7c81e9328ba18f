package fr.centreisere.concierge.platform.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table: columns, body rows, and total rows drawn after a rule. A row that does not fit on the page goes to
 * the next one, under the headers again. Cells wrap within their column.
 */
public final class PdfTable {

    private final List<PdfColumn> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> totals = new ArrayList<>();

    private PdfTable(List<PdfColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    public static PdfTable of(PdfColumn... columns) {
        return new PdfTable(Arrays.asList(columns));
    }

    public static PdfTable of(List<PdfColumn> columns) {
        return new PdfTable(columns);
    }

    /** Adds a body row: one cell per column. */
    public PdfTable row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public PdfTable row(List<String> cells) {
        rows.add(checked(cells));
        return this;
    }

    /** Adds a total row (after the body, emphasised); cells left empty ({@code ""}) stay blank. */
    public PdfTable total(String... cells) {
        totals.add(checked(Arrays.asList(cells)));
        return this;
    }

    public List<PdfColumn> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public List<List<String>> totals() {
        return List.copyOf(totals);
    }

    private List<String> checked(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a row has one cell per column: " + cells.size() + " for " + columns.size() + " columns");
        }
        cells.forEach(cell -> Objects.requireNonNull(cell, "cell"));
        return List.copyOf(cells);
    }
}
