package fr.centreisere.concierge.platform.i18n;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages the API answers in: French first (the default), English second. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);
    public static final Locale DEFAULT = FRENCH;

    private Languages() {
    }

    /** The best supported match of an {@code Accept-Language} header; French when none matches or the header is bad. */
    public static Locale of(@Nullable String acceptLanguageHeader) {
        if (acceptLanguageHeader == null || acceptLanguageHeader.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguageHeader);
        } catch (IllegalArgumentException unparseable) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) { // highest weight first
            if (range.getWeight() <= 0) {
                continue;
            }
            String language = range.getRange();
            int dash = language.indexOf('-');
            Locale supported = supported(dash < 0 ? language : language.substring(0, dash));
            if (supported != null) {
                return supported;
            }
            if ("*".equals(language)) {
                return DEFAULT;
            }
        }
        return DEFAULT;
    }

    /** The supported language of a locale ({@code en_GB} → English); French for any other. */
    public static Locale of(@Nullable Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        Locale supported = supported(locale.getLanguage());
        return supported != null ? supported : DEFAULT;
    }

    private static @Nullable Locale supported(String language) {
        for (Locale locale : SUPPORTED) {
            if (locale.getLanguage().equalsIgnoreCase(language)) {
                return locale;
            }
        }
        return null;
    }
}
