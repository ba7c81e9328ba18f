package fr.centreisere.concierge.platform.pdf;

import java.util.Objects;

/**
 * One column of a {@link PdfTable}: its header, its share of the table's width ({@code weight}, relative to the
 * other columns) and its alignment.
 */
public record PdfColumn(String header, float weight, PdfAlignment alignment) {

    public PdfColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(alignment, "alignment");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("a column's weight is positive: " + weight);
        }
    }

    /** A text column, left-aligned. */
    public static PdfColumn text(String header, float weight) {
        return new PdfColumn(header, weight, PdfAlignment.LEFT);
    }

    /** A numeric column (amounts, quantities, rates), right-aligned. */
    public static PdfColumn number(String header, float weight) {
        return new PdfColumn(header, weight, PdfAlignment.RIGHT);
    }
}
