package fr.centreisere.concierge.notification.message;

import java.util.Optional;

/** Where the words of each language are kept (the message bundles {@code messages_fr}, {@code messages_en}). */
public interface Texts {

    /** The text under this key in this language, as written, its {@code {name}} placeholders unfilled. */
    Optional<String> find(String key, Language language);
}
