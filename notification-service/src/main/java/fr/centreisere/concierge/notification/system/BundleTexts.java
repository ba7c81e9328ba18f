package fr.centreisere.concierge.notification.system;

import java.util.Optional;

import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.Texts;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The words of messages/messages_fr.properties and messages_en.properties (UTF-8), as written: no MessageFormat. */
final class BundleTexts implements Texts {

    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

    BundleTexts() {
        bundles.setBasename("messages/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setUseCodeAsDefaultMessage(false);
        bundles.setAlwaysUseMessageFormat(false);
    }

    @Override
    public Optional<String> find(String key, Language language) {
        try {
            return Optional.of(bundles.getMessage(key, null, language.locale()));
        } catch (NoSuchMessageException absent) {
            return Optional.empty();
        }
    }
}
