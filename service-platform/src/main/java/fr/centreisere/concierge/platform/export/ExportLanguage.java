package fr.centreisere.concierge.platform.export;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The language of an export's headers (and of « oui » / « yes »): French unless the reader asks first for English. */
public enum ExportLanguage {
    FRENCH, ENGLISH;

    /** From an {@code Accept-Language} header: its most wanted language if English, otherwise French. */
    public static ExportLanguage fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return FRENCH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                return tag.equals("en") || tag.startsWith("en-") ? ENGLISH : FRENCH;
            }
        } catch (IllegalArgumentException unreadable) {
            // a header we cannot read chooses nothing
        }
        return FRENCH;
    }
}
