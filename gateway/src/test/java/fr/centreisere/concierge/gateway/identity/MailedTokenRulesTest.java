package fr.centreisere.concierge.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The mailed tokens and the language of the mails, without Spring. */
class MailedTokenRulesTest {

    @Test
    void aTokenIs256RandomBitsUrlSafeAndKeptByItsSha256() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            SecretToken token = SecretToken.random();
            assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(token.value())).isTrue();
            assertThat(token.hash()).matches("[0-9a-f]{64}").isNotEqualTo(token.value());
            assertThat(SecretToken.hashOf(token.value())).isEqualTo(token.hash());
            assertThat(token.toString()).doesNotContain(token.value());
        }
        assertThat(SecretToken.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aResetLinkLivesAnHourAVerificationLinkTwoDays() {
        assertThat(TokenPurpose.PASSWORD_RESET.lifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(TokenPurpose.PASSWORD_RESET.linkPrefix()).isEqualTo("/#/mot-de-passe/nouveau?jeton=");
        assertThat(TokenPurpose.PASSWORD_RESET.invalidCode()).isEqualTo("RESET_TOKEN_INVALID");
        assertThat(TokenPurpose.EMAIL_VERIFICATION.lifetime()).isEqualTo(Duration.ofHours(48));
        assertThat(TokenPurpose.EMAIL_VERIFICATION.linkPrefix()).isEqualTo("/#/verifier-email?jeton=");
        assertThat(TokenPurpose.EMAIL_VERIFICATION.invalidCode()).isEqualTo("VERIFICATION_TOKEN_INVALID");
    }

    @Test
    void theMailsAreInFrenchUnlessTheRequestPrefersEnglish() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.FR);
        assertThat(Language.fromAcceptLanguage("")).isEqualTo(Language.FR);
        assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Language.FR);
        assertThat(Language.fromAcceptLanguage("de-DE,en;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("de-DE")).isEqualTo(Language.FR);
        assertThat(Language.fromAcceptLanguage(";;;q=x")).isEqualTo(Language.FR);
        assertThat(Language.EN.code()).isEqualTo("en");
    }

    @Test
    void aProfileChangeKeepsEverythingElse() {
        Account account = Account.resident("usr-1", new EmailAddress("r@exemple.fr"), PasswordHash.of("h"), "R", "0476000000",
                "38563", Language.EN, java.time.Instant.EPOCH).verified();
        Account changed = account.withProfile("Nouveau", null);
        assertThat(changed.displayName()).isEqualTo("Nouveau");
        assertThat(changed.phone()).isNull();
        assertThat(changed.emailVerified()).isTrue();
        assertThat(changed.language()).isEqualTo(Language.EN);
        assertThat(changed.communeInsee()).isEqualTo("38563");
        assertThat(changed.passwordHash()).isEqualTo(account.passwordHash());
        assertThat(Account.resident("usr-2", new EmailAddress("s@exemple.fr"), PasswordHash.of("h"), "S", null, null,
                Language.FR, java.time.Instant.EPOCH).emailVerified()).isFalse();
    }
}
