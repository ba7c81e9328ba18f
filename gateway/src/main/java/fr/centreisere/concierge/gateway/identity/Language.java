package fr.centreisere.concierge.gateway.identity;

import java.util.List;
import java.util.Locale;

/** The two languages the concierge writes in; French first. */
public enum Language {
    FR,
    EN;

    /** {@code fr} or {@code en}, as the notification contract spells it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first of French and English an {@code Accept-Language} header asks for; French when it asks for neither or is unreadable. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FR;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("fr", "en"));
            return "en".equals(tag) ? EN : FR;
        } catch (IllegalArgumentException unreadable) {
            return FR;
        }
    }
}
