package fr.centreisere.concierge.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in the one font: what it can draw (a character without a glyph becomes « ? », a narrow no-break space
 * a no-break space, tabs and other controls a space), how wide it is, and how it wraps within a width (at
 * spaces; a word longer than the width is cut).
 */
final class PdfText {

    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    PdfText(PDType0Font font) {
        this.font = font;
    }

    PDType0Font font() {
        return font;
    }

    float width(String line, float size, boolean strong) {
        try {
            return font.getStringWidth(line) / 1000 * size + (strong ? size * 0.035f : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text} (its own {@code \n} kept) that fit within {@code width} points. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size, false) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size, false) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), size, false) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} with only characters the font draws, and {@code \n} for line breaks. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
                out.append(c == 0x202F || c == 0x2007 ? (canDraw(0xA0) ? '\u00A0' : ' ') : ' ');
            } else if (c == 0x202F || c == 0x2007) {
                out.append(canDraw(0xA0) ? '\u00A0' : ' ');
            } else {
                out.appendCodePoint(canDraw(c) ? c : '?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
