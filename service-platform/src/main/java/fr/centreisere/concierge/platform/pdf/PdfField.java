package fr.centreisere.concierge.platform.pdf;

import java.util.Objects;

/** One « label : value » line of a block (e.g. « Date d'échéance » → « 31/01/2027 »). */
public record PdfField(String label, String value) {

    public PdfField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public static PdfField of(String label, String value) {
        return new PdfField(label, value);
    }
}
