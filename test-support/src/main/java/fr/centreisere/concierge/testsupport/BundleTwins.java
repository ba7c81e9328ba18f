package fr.centreisere.concierge.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The message bundles of a module, French ({@code x.properties}) and English ({@code x_en.properties}), checked
 * against each other: every key in both, the same {@code {n}} placeholders in both, no bare {@code '} in a French
 * text with arguments (MessageFormat would read it as a quote: write ’), and every code the module's code names
 * (a literal {@code "order.not-found"} of a feature the bundles know, a {@code "{validation.page}"} message) found in a bundle.
 */
public final class BundleTwins {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]+}");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\\{([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)}");

    private BundleTwins() {
    }

    /** Every {@code *.properties} of {@code i18n} (a module's {@code src/main/resources/i18n}) with its English twin. */
    public static void assertTwins(Path i18n) {
        List<String> problems = new ArrayList<>();
        List<Path> french = frenchBundles(i18n);
        assertThat(french).as("bundles in " + i18n).isNotEmpty();
        for (Path bundle : french) {
            String name = bundle.getFileName().toString().replace(".properties", "");
            Path englishFile = bundle.resolveSibling(name + "_en.properties");
            if (!Files.exists(englishFile)) {
                problems.add(name + ": no " + englishFile.getFileName());
                continue;
            }
            Properties fr = read(bundle);
            Properties en = read(englishFile);
            for (String key : fr.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(name + "_en: missing " + key);
                } else if (!placeholders(fr.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                    problems.add(name + ": " + key + " has other placeholders in French and in English");
                }
                String text = fr.getProperty(key);
                if (text.contains("'") && PLACEHOLDER.matcher(text).find()) {
                    problems.add(name + ": " + key + " has a bare ' (write ’)");
                }
            }
            for (String key : en.stringPropertyNames()) {
                if (!fr.containsKey(key)) {
                    problems.add(name + ": missing " + key + " (only in English)");
                }
            }
        }
        assertThat(problems).as("bundles of " + i18n).isEmpty();
    }

    /**
     * Every code the code under {@code mainJava} names is a key of the module's bundles or of the platform's
     * ({@code i18n/platform.properties}, read from the class path).
     */
    public static void assertCodesKnown(Path mainJava, Path i18n) {
        Set<String> keys = new TreeSet<>();
        for (Path bundle : frenchBundles(i18n)) {
            keys.addAll(read(bundle).stringPropertyNames());
        }
        keys.addAll(platformKeys());
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(mainJava)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (SentencesInCode.Literal literal : SentencesInCode.literals(Files.readString(file))) {
                    String code = code(literal.text(), prefixes);
                    if (code != null && !keys.contains(code)) {
                        unknown.add(mainJava.relativize(file) + ":" + literal.line() + ": " + code);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(unknown).as("codes with no text in the bundles").isEmpty();
    }

    /** The code a literal names: a whole {@code "{key}"} validation message, or a dotted code of a known feature. */
    private static String code(String literal, Set<String> prefixes) {
        Matcher validation = VALIDATION_KEY.matcher(literal);
        if (validation.matches()) {
            String key = validation.group(1);
            return key.startsWith("jakarta.") || key.startsWith("org.") ? null : key;
        }
        if (CODE.matcher(literal).matches() && prefixes.contains(literal.substring(0, literal.indexOf('.')))) {
            return literal;
        }
        return null;
    }

    private static Set<String> platformKeys() {
        try (InputStream in = BundleTwins.class.getClassLoader().getResourceAsStream("i18n/platform.properties")) {
            if (in == null) {
                return Set.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> frenchBundles(Path i18n) {
        if (!Files.isDirectory(i18n)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(i18n)) {
            return files.filter(path -> path.toString().endsWith(".properties") && !path.getFileName().toString().contains("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties read(Path bundle) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
