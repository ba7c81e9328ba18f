package fr.centreisere.concierge.order.invoice;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number: its type's prefix, the year of issue and its rank in that year's sequence, e.g.
 * {@code FA-2026-000123}. Allocated only by the insert that stores the document (the store picks the last rank
 * + 1 and retries on a duplicate), so no number is ever lost or given twice.
 */
public record InvoiceNumber(InvoiceType type, int year, int sequence) {

    private static final Pattern SHAPE = Pattern.compile("(FA|AV)-(\\d{4})-(\\d{6})");

    public InvoiceNumber {
        Objects.requireNonNull(type, "type");
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("a sequence outside 1..999999: " + sequence);
        }
    }

    /** The sequence a number belongs to, e.g. {@code FA-2026}. */
    public static String series(InvoiceType type, int year) {
        return type.prefix() + "-" + year;
    }

    public String series() {
        return series(type, year);
    }

    public String value() {
        return "%s-%06d".formatted(series(), sequence);
    }

    /** The number written as {@code FA-2026-000123}; empty for anything else. */
    public static java.util.Optional<InvoiceNumber> parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(3)) == 0) {
            return java.util.Optional.empty();
        }
        InvoiceType type = m.group(1).equals("FA") ? InvoiceType.INVOICE : InvoiceType.CREDIT_NOTE;
        return java.util.Optional.of(new InvoiceNumber(type, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    @Override
    public String toString() {
        return value();
    }
}
