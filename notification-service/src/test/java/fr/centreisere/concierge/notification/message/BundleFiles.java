package fr.centreisere.concierge.notification.message;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The service's message bundles read the plain Java way, for tests without Spring. */
public final class BundleFiles implements Texts {

    @Override
    public Optional<String> find(String key, Language language) {
        try {
            return Optional.of(bundle(language).getString(key));
        } catch (MissingResourceException absent) {
            return Optional.empty();
        }
    }

    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("messages/messages", language == Language.FR ? Locale.FRENCH : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
