package fr.centreisere.concierge.notification.recipient;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.notification.message.EmailCategory;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.MessageKind;

/** A user's choices: the language they read us in, and the e-mails they turned off. */
public record Preferences(Language language, Set<EmailCategory> emailsOff) {

    public Preferences {
        emailsOff = emailsOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emailsOff));
    }

    /** Every e-mail on: a new user's choices. */
    public static Preferences defaults(Language language) {
        return new Preferences(language, Set.of());
    }

    /** Whether a message of this kind is mailed to this user (account messages always are). */
    public boolean wantsMail(MessageKind kind) {
        return kind.category().map(category -> !emailsOff.contains(category)).orElse(true);
    }

    public boolean wantsMail(EmailCategory category) {
        return !emailsOff.contains(category);
    }

    /** These choices with the language and the categories changed; a category not named keeps its choice. */
    public Preferences changed(Language newLanguage, Map<EmailCategory, Boolean> email) {
        EnumSet<EmailCategory> off = emailsOff.isEmpty() ? EnumSet.noneOf(EmailCategory.class) : EnumSet.copyOf(emailsOff);
        email.forEach((category, on) -> {
            if (on) {
                off.remove(category);
            } else {
                off.add(category);
            }
        });
        return new Preferences(newLanguage, off);
    }
}
