package fr.centreisere.concierge.order.orders;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A commune named in a sentence, French and English: « la commune de Voiron », « la commune d'Eybens »,
 * « la commune du Touvet » / « Voiron »; by its INSEE code when its name is not known.
 */
record CommuneWords(String inseeCode, @Nullable String name) {

    /** « la commune de Voiron » (with « d' », « du », « des » where French wants them). */
    String french() {
        if (name == null || name.isBlank()) {
            return "la commune " + inseeCode;
        }
        if (name.startsWith("Le ")) {
            return "la commune du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "la commune des " + name.substring(4);
        }
        char first = Character.toLowerCase(stripAccent(name.charAt(0)));
        return "aeiouyh".indexOf(first) >= 0 ? "la commune d'" + name : "la commune de " + name;
    }

    /** « Voiron », or « commune 38563 ». */
    String english() {
        return name == null || name.isBlank() ? "commune " + inseeCode : name;
    }

    private static char stripAccent(char c) {
        String plain = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return plain.toLowerCase(Locale.ROOT).charAt(0);
    }
}
