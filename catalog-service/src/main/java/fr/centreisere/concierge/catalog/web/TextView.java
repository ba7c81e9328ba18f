package fr.centreisere.concierge.catalog.web;

import fr.centreisere.concierge.catalog.text.LocalizedText;

/** A bilingual text in a response: {@code {fr, en}}. */
public record TextView(String fr, String en) {

    public static TextView of(LocalizedText text) {
        return new TextView(text.fr(), text.en());
    }
}
