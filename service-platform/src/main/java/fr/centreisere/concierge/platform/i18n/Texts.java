package fr.centreisere.concierge.platform.i18n;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The one way to turn a {@link Message} into the reader's sentence, from the bundles (a bean in every servlet and
 * reactive application). A code missing from the bundles comes out as itself (each module's BundlesTest and its
 * tests catch it) rather than failing the answer.
 */
public class Texts {

    /** The platform's own bundle, for what answers before any application context is reached (Tomcat's error pages). */
    private static final Texts PLATFORM = new Texts(bundles(Bundles.PLATFORM));

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The texts of the platform's bundle alone ({@code i18n/platform}), for code outside an application context. */
    public static Texts platform() {
        return PLATFORM;
    }

    /** A message source over these bundles, read as the platform reads them (UTF-8, French by default, no system locale). */
    public static MessageSource bundles(String... basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    public String text(Message message, @Nullable Locale locale) {
        Object[] args = message.args().toArray();
        return messages.getMessage(message.code(), args.length == 0 ? null : args, message.code(), Languages.of(locale));
    }

    /** In the language of the request being handled (a servlet request's, as the locale resolver chose it). */
    public String text(Message message) {
        return text(message, LocaleContextHolder.getLocale());
    }

    public String text(String code, @Nullable Object... args) {
        return text(Message.of(code, args));
    }
}
