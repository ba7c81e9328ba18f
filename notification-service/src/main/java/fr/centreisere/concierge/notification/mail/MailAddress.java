package fr.centreisere.concierge.notification.mail;

import java.util.Objects;

import fr.centreisere.concierge.notification.message.Language;
import org.jspecify.annotations.Nullable;

/**
 * Where a mail goes and how it is written there: the address, the name to greet, the language, and
 * whether it is an account's (which may change its choices on the profile page) or a plain address.
 */
public record MailAddress(String email, @Nullable String name, Language language, boolean account) {

    public MailAddress {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }

    public static MailAddress ofAccount(String email, @Nullable String name, Language language) {
        return new MailAddress(email, name, language, true);
    }

    public static MailAddress ofPlain(String email, @Nullable String name, Language language) {
        return new MailAddress(email, name, language, false);
    }
}
