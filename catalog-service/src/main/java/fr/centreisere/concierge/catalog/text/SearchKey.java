package fr.centreisere.concierge.catalog.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which text is stored for search and sorting: lower case, without accents, only letters and
 * digits separated by single spaces. « Location de vélo électrique » becomes {@code location de velo electrique},
 * so that {@code velo}, {@code VÉLO} and {@code Vélo} all find it. Stored at write time because the
 * database cannot fold accents at query time.
 */
public final class SearchKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private SearchKey() {
    }

    /** The normalized form of a text; empty when it has no letter or digit. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String ligaturesSpelledOut = text
                .replace("œ", "oe").replace("Œ", "OE")
                .replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss");
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(ligaturesSpelledOut, Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The distinct normalized words of a query, in the order typed; empty when it has none. */
    public static List<String> words(String query) {
        String normalized = normalize(query);
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" ")).distinct().toList();
    }

    /** One normalized key over several texts, for a stored search field. */
    public static String of(String... texts) {
        return normalize(String.join(" ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList()));
    }
}
