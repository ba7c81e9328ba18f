package fr.centreisere.concierge.notification.mail.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import fr.centreisere.concierge.notification.mail.ComposedMail;
import fr.centreisere.concierge.notification.mail.MailAddress;
import fr.centreisere.concierge.notification.message.BundleFiles;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import fr.centreisere.concierge.notification.message.Samples;
import fr.centreisere.concierge.notification.message.Wording;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind's templates, in both languages, written from the data its producer sends: a subject,
 * an accessible HTML part, a plain-text part with the same facts, links that are absolute, no key
 * of the bundles left unresolved. The mails are also written to target/mail-samples to be looked at.
 */
class MailTemplatesTest {

    static final ThymeleafMailComposer COMPOSER = new ThymeleafMailComposer(ThymeleafMailComposer.engine(),
            new Wording(new BundleFiles(), ZoneId.of("Europe/Paris")), URI.create("https://conciergerie.example.test/"));

    static ComposedMail compose(MessageKind kind, Language language, boolean account) {
        MailAddress to = account ? MailAddress.ofAccount("camille@example.test", "Camille", language)
                : MailAddress.ofPlain("contact@structure.example.test", null, language);
        return COMPOSER.compose(kind, MessageData.of(Samples.dataOf(kind)), Samples.linkOf(kind), to);
    }

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void everyKindIsWrittenInFrenchAndInEnglish(MessageKind kind) throws IOException {
        for (Language language : Language.values()) {
            ComposedMail mail = compose(kind, language, true);
            Path samples = Path.of("target", "mail-samples");
            Files.createDirectories(samples);
            Files.writeString(samples.resolve(kind + "_" + language.code() + ".html"), mail.html());
            Files.writeString(samples.resolve(kind + "_" + language.code() + ".txt"), mail.subject() + "\n\n" + mail.text());

            assertThat(mail.subject()).isNotBlank().doesNotContain("{").doesNotContain(kind.name());
            org.jsoup.nodes.Document html = Jsoup.parse(mail.html());
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo(language.code());
            assertThat(html.select("h1")).hasSize(1);
            assertThat(html.title()).isEqualTo(mail.subject());
            assertThat(html.select("img")).allSatisfy(image -> assertThat(image.attr("alt")).isNotBlank());
            assertThat(html.select("a[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("https://"));
            assertThat(html.select("th")).allSatisfy(header -> assertThat(header.attr("scope")).isEqualTo("row"));
            for (String written : new String[] { mail.html(), mail.text() }) {
                assertThat(written).doesNotContain("label.", "common.", kind.name() + ".", "??", "null", "{");
            }
            assertThat(mail.text()).contains(html.selectFirst("h1").text());
        }
    }

    @Test
    void anOfferSaysWhatWhereWhenAndUntilWhenButNotTheCustomersAddress() {
        ComposedMail mail = compose(MessageKind.OFFER_NEW, Language.FR, true);

        assertThat(mail.subject()).isEqualTo(
                "Nouvelle mission proposée : Réparation de vélo le vendredi 4 décembre 2026, à accepter avant le 1er décembre 2026 à 11:00");
        assertThat(mail.text()).contains("Voiron", "de 14:00 à 16:00", "vendredi 4 décembre 2026",
                "https://conciergerie.example.test/#/missions/job-ord-2026-000123",
                "L'adresse du client vous sera donnée dans l'application une fois la mission acceptée.");
        assertThat(Jsoup.parse(mail.html()).select("a[href=https://conciergerie.example.test/#/missions/job-ord-2026-000123]"))
                .isNotEmpty();
    }

    @Test
    void moneyIsWrittenFromCentsTheWayEachLanguageWritesIt() {
        assertThat(compose(MessageKind.ORDER_RECEIVED, Language.FR, true).text())
                .contains("Prix TTC\u00a0: 45,00\u00a0€", "Pris en charge par votre employeur\u00a0: 22,50\u00a0€");
        assertThat(compose(MessageKind.ORDER_RECEIVED, Language.EN, true).text())
                .contains("Price incl. VAT: €45.00", "Paid by your employer: €22.50");
    }

    @Test
    void anUnassignedOrderListsTheNextDaysWithRoomInWords() {
        ComposedMail mail = compose(MessageKind.ORDER_UNASSIGNED, Language.EN, true);

        assertThat(mail.text()).contains("every structure offering this service is fully booked that day",
                "- Saturday 5 December 2026", "- Monday 7 December 2026");
        assertThat(Jsoup.parse(mail.html()).select("li")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Saturday 5 December 2026", "Monday 7 December 2026");
    }

    @Test
    void aResetMailOpensItsOwnLinkAndIsNeverOptedOut() {
        ComposedMail mail = compose(MessageKind.PASSWORD_RESET, Language.FR, false);

        assertThat(Jsoup.parse(mail.html()).select("a[href]")).extracting(link -> link.attr("href"))
                .contains("https://conciergerie.example.test/#/mot-de-passe/nouveau?jeton=secret-reset-token")
                .doesNotContain("https://conciergerie.example.test/#/profil");
        assertThat(mail.text()).contains("valable jusqu'au 1er décembre 2026 à 10:00",
                "Si vous n'avez rien demandé, ignorez ce message");
    }

    @Test
    void anAccountIsToldWhereToChooseItsMailsAndAContactAddressWhyItGetsThem() {
        assertThat(compose(MessageKind.ORDER_ACCEPTED, Language.FR, true).text())
                .contains("Choisir les e-mails que je reçois\u00a0: https://conciergerie.example.test/#/profil");
        assertThat(compose(MessageKind.OFFER_NEW, Language.FR, false).text())
                .contains("l'adresse de contact de votre structure").doesNotContain("/#/profil");
    }
}
