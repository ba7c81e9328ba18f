package fr.centreisere.concierge.notification.recipient;

import java.util.Map;

import fr.centreisere.concierge.notification.message.EmailCategory;
import fr.centreisere.concierge.notification.message.Language;

/** A user reads and changes their own choices. */
public final class ManagePreferences {

    private final Recipients recipients;

    public ManagePreferences(Recipients recipients) {
        this.recipients = recipients;
    }

    public Preferences of(String userId) {
        return recipients.preferencesOf(userId);
    }

    public Preferences change(String userId, Language language, Map<EmailCategory, Boolean> email) {
        Preferences changed = recipients.preferencesOf(userId).changed(language, email);
        recipients.savePreferences(userId, changed);
        return changed;
    }
}
