package fr.centreisere.concierge.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theBestSupportedLanguageOfTheHeaderIsChosen() {
        assertThat(Languages.of("en")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of("en-GB,en;q=0.9")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of("de-DE, en;q=0.8, fr;q=0.5")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Languages.FRENCH);
        assertThat(Languages.of("en;q=0.2, fr;q=0.9")).isEqualTo(Languages.FRENCH);
    }

    @Test
    void noneOrAnUnsupportedOrABadHeaderIsFrench() {
        assertThat(Languages.of((String) null)).isEqualTo(Languages.FRENCH);
        assertThat(Languages.of("")).isEqualTo(Languages.FRENCH);
        assertThat(Languages.of("de")).isEqualTo(Languages.FRENCH);
        assertThat(Languages.of("*")).isEqualTo(Languages.FRENCH);
        assertThat(Languages.of("en;q=0")).isEqualTo(Languages.FRENCH);
        assertThat(Languages.of(";;;q=x")).isEqualTo(Languages.FRENCH);
    }

    @Test
    void aLocaleIsItsSupportedLanguage() {
        assertThat(Languages.of(Locale.US)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of(Locale.CANADA_FRENCH)).isEqualTo(Languages.FRENCH);
        assertThat(Languages.of(Locale.JAPANESE)).isEqualTo(Languages.FRENCH);
    }
}
