package fr.centreisere.concierge.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * No user-facing sentence in code: a string literal under {@code src/main/java} that holds the old bilingual
 * separator ({@code "français / English"}: a letter, {@code " / "}, a letter) or French quotation marks « » is a
 * text that belongs in the module's bundles ({@code i18n/messages*.properties}). Comments are not read. Data
 * packages, whose literals are data (demo seeds, generated fills, category names, communes), are allowed.
 */
public final class SentencesInCode {

    /** Package segments whose literals are data: demo seeds and generated fills. */
    public static final List<String> DATA_PACKAGES = List.of("seed", "seeds", "fill");

    private static final Pattern BILINGUAL = Pattern.compile("\\p{L}.*\\s/\\s.*\\p{L}");
    private static final Pattern FRENCH_QUOTES = Pattern.compile("[«»]");

    private SentencesInCode() {
    }

    /** Fails naming every file, line and literal that holds a sentence, outside {@link #DATA_PACKAGES} and {@code moreDataPackages}. */
    public static void assertNone(Path mainJava, String... moreDataPackages) {
        List<String> allowed = new ArrayList<>(DATA_PACKAGES);
        allowed.addAll(List.of(moreDataPackages));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(mainJava)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (isData(mainJava.relativize(file), allowed)) {
                    continue;
                }
                String source = Files.readString(file);
                for (Literal literal : literals(source)) {
                    if (BILINGUAL.matcher(literal.text()).find() || FRENCH_QUOTES.matcher(literal.text()).find()) {
                        found.add(mainJava.relativize(file) + ":" + literal.line() + ": \"" + literal.text() + "\"");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("user-facing sentences in code (move them to i18n/messages*.properties)").isEmpty();
    }

    private static boolean isData(Path relative, List<String> allowed) {
        for (Path segment : relative) {
            if (allowed.contains(segment.toString())) {
                return true;
            }
        }
        return false;
    }

    record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a Java source, comments and char literals skipped. */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < n && source.charAt(i) != '\'') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(new Literal(line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = Math.min(n, end + 3);
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        text.append(source.charAt(i)).append(source.charAt(i + 1));
                        i += 2;
                    } else {
                        text.append(source.charAt(i++));
                    }
                }
                literals.add(new Literal(line, text.toString()));
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
