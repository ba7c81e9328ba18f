package fr.centreisere.concierge.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class TextsTest {

    private final Texts texts = new Texts(Texts.bundles("i18n/messages", "i18n/platform"));

    @Test
    void aMessageIsRenderedInFrenchOrInEnglishWithItsArguments() {
        Message message = Message.of("probe.thing.not-found", "vélo");

        assertThat(texts.text(message, Languages.FRENCH)).isEqualTo("Aucune chose « vélo ».");
        assertThat(texts.text(message, Languages.ENGLISH)).isEqualTo("No thing “vélo”.");
        assertThat(texts.text(message, Locale.UK)).isEqualTo("No thing “vélo”.");
    }

    @Test
    void anyOtherLanguageOrNoneIsFrench() {
        assertThat(texts.text(Message.of("http.404"), Locale.GERMAN)).isEqualTo("Aucune ressource à cette adresse.");
        assertThat(texts.text(Message.of("http.404"), null)).isEqualTo("Aucune ressource à cette adresse.");
        assertThat(texts.text(Message.of("http.404"), Locale.CANADA_FRENCH)).isEqualTo("Aucune ressource à cette adresse.");
    }

    @Test
    void theModulesBundleComesFirstThenThePlatformsOne() {
        assertThat(texts.text(Message.of("http.404"), Languages.ENGLISH)).isEqualTo("No resource at this address.");
        assertThat(texts.text(Message.of("problem.title.not-found"), Languages.FRENCH)).isEqualTo("Introuvable");
    }

    @Test
    void aKeyMissingFromTheEnglishFileFallsBackToTheFrenchDefault() {
        assertThat(texts.text(Message.of("probe.only-french"), Languages.ENGLISH)).isEqualTo("seulement en français");
    }

    @Test
    void aMissingKeyIsTheCodeItself() {
        assertThat(texts.text(Message.of("no.such.key", 3), Languages.ENGLISH)).isEqualTo("no.such.key");
    }

    @Test
    void withoutALocaleItIsTheRequestsLanguage() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        try {
            assertThat(texts.text("problem.title.not-found")).isEqualTo("Not found");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void theArgumentsAreStringsAndANullIsEmpty() {
        Message message = Message.of("x.y", 3, null, "a");

        assertThat(message.args()).containsExactly("3", "", "a");
        assertThat(message).hasToString("x.y[3, , a]");
    }

    @Test
    void aLocalizedExceptionsMessageIsItsCodeForTheLogs() {
        class ThingNotFound extends LocalizedException {
            ThingNotFound(String id) {
                super("probe.thing.not-found", id);
            }
        }
        ThingNotFound failure = new ThingNotFound("thg-1");

        assertThat(failure.text()).isEqualTo(Message.of("probe.thing.not-found", "thg-1"));
        assertThat(failure.getMessage()).isEqualTo("probe.thing.not-found[thg-1]");
    }
}
