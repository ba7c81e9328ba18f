package fr.centreisere.concierge.platform.pdf;

import java.util.List;
import java.util.Objects;

/** A small block of lines under a heading, e.g. a party's name and address; two sit side by side. */
public record PdfTextBlock(String heading, List<String> lines) {

    public PdfTextBlock {
        Objects.requireNonNull(heading, "heading");
        lines = List.copyOf(lines);
    }

    public static PdfTextBlock of(String heading, String... lines) {
        return new PdfTextBlock(heading, List.of(lines));
    }
}
