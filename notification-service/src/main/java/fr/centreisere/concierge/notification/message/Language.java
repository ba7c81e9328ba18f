package fr.centreisere.concierge.notification.message;

import java.util.Locale;
import java.util.Optional;

/** The two languages a user may read us in; French first, the territory's language. */
public enum Language {
    FR("fr", Locale.FRANCE),
    EN("en", Locale.UK);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** As written in the API and in the mails' {@code lang} attribute: {@code fr}, {@code en}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
