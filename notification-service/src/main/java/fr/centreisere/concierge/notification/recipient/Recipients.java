package fr.centreisere.concierge.notification.recipient;

import java.util.Collection;
import java.util.List;

import fr.centreisere.concierge.notification.message.Language;

/** The directory and the users' preferences (port). */
public interface Recipients {

    /**
     * Creates or replaces what the directory knows of an account; {@code language} becomes the user's
     * language only if we did not know the user yet (after that, their own choice wins).
     */
    void save(Recipient recipient, Language languageIfNew);

    /** Forgets the account and its choices; nothing happens for one we do not know. */
    void remove(String userId);

    /** The accounts of the directory among these ids (the others are unknown here). */
    List<Addressee> withIds(Collection<String> userIds);

    /** The staff accounts of a member structure. */
    List<Addressee> staffOf(String memberId);

    /** The admin accounts of a company. */
    List<Addressee> adminsOf(String companyId);

    List<Addressee> coordinators();

    /** The user's choices; the defaults (French, every e-mail) for a user we know nothing of. */
    Preferences preferencesOf(String userId);

    /** Keeps the user's choices, also before the directory knows the account. */
    void savePreferences(String userId, Preferences preferences);
}
