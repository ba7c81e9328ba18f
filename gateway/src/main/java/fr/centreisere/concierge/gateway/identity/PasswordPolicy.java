package fr.centreisere.concierge.gateway.identity;

import fr.centreisere.concierge.platform.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 10 characters (docs/API.md), at most 72 bytes (what the hash
 * reads), not a run of a few characters, not one of the commonest (the list shipped as
 * {@code identity/common-passwords.txt}: every password of 10 characters or more among the 49,233
 * most common of zxcvbn-ts, plus a few French ones), not the e-mail address.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_BYTES = 72;

    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    /** French ones the list (English-speaking sources) lacks. */
    private static final Set<String> FRENCH = Set.of("0123456789", "azertyuiop", "motdepasse", "password12",
            "1234567890a", "azerty1234", "azertyuiop1", "motdepasse1", "bonjour123", "soleil1234", "qwerty1234",
            "motdepasse123", "jetaime1234", "marseille13", "doudou1234");

    private static final Set<String> COMMONEST = load();

    private PasswordPolicy() {
    }

    /** How many passwords are refused as too common. */
    public static int commonPasswordCount() {
        return COMMONEST.size();
    }

    private static Set<String> load() {
        Set<String> all = new java.util.HashSet<>(FRENCH);
        try (java.io.InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(all::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.copyOf(all);
    }

    /** What is wrong with this password, as codes; empty when it is acceptable. */
    public static List<Message> problemsWith(String password, String email) {
        List<Message> problems = new ArrayList<>();
        if (password == null || password.length() < MINIMUM_LENGTH) {
            problems.add(Message.of("password.too-short", MINIMUM_LENGTH));
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            problems.add(Message.of("password.too-long", MAXIMUM_BYTES));
        }
        if (password.chars().distinct().count() < 5) {
            problems.add(Message.of("password.too-few-different", 5));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMONEST.contains(lower)) {
            problems.add(Message.of("password.too-common"));
        }
        if (email != null && !email.isBlank() && lower.contains(email.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Message.of("password.contains-email"));
        }
        return problems;
    }
}
