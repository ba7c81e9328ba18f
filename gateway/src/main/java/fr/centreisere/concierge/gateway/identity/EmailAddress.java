package fr.centreisere.concierge.gateway.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address as given, with the key that makes it unique regardless of case
 * ({@code Jean@Exemple.fr} and {@code jean@exemple.fr} are one account).
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    /** The address in this text, or {@link InvalidAccount} on field {@code email}. */
    public static EmailAddress parse(String text) {
        if (!isValid(text)) {
            throw new InvalidAccount("email", "account.email.invalid");
        }
        return new EmailAddress(text);
    }

    /** The unique key: trimmed and lower-cased. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The part after {@code @}, lower-cased: what a company's contract matches. */
    public String domain() {
        return key().substring(key().indexOf('@') + 1);
    }

    /** Whether a text could be an e-mail address at all (for validation at the edge). */
    public static boolean isValid(String text) {
        return text != null && text.strip().length() <= 254 && SHAPE.matcher(text.strip()).matches();
    }
}
