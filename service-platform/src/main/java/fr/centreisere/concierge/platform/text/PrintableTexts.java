package fr.centreisere.concierge.platform.text;

import org.jspecify.annotations.Nullable;

/** What {@link PrintableText} accepts, and the trimming that goes with it. */
public final class PrintableTexts {

    private PrintableTexts() {
    }

    /** The text without white space at either end; {@code null} stays {@code null}. */
    public static @Nullable String trimmed(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    /**
     * Whether every character of the text is printable and it has at most {@code max} code points;
     * a multiline text may also hold CR, LF and tab.
     */
    public static boolean isPrintable(String text, int max, boolean multiline) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (++count > max || !isPrintable(codePoint, multiline)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrintable(int codePoint, boolean multiline) {
        if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
            return true;
        }
        if (isBidirectionalControl(codePoint) || isNoncharacter(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Embeddings, overrides and isolates: they reorder what is shown (Trojan Source, spoofed names). */
    private static boolean isBidirectionalControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
