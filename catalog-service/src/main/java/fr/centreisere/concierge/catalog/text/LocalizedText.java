package fr.centreisere.concierge.catalog.text;

import java.util.Objects;

/** A text shown to people, in French (the territory's language) and in English. */
public record LocalizedText(String fr, String en) {

    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
        fr = fr.strip();
        en = en.strip();
        if (fr.isEmpty() || en.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs both a French and an English version");
        }
    }

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }
}
