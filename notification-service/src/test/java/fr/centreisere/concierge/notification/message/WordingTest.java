package fr.centreisere.concierge.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordingTest {

    final Wording wording = new Wording(new BundleFiles(), ZoneId.of("Europe/Paris"));

    @Test
    void moneyIsWrittenFromCentsAsEachLanguageWritesIt() {
        assertThat(Wording.money(4500L, Language.FR)).isEqualTo("45,00\u00a0€");
        assertThat(Wording.money(123456L, Language.FR)).isEqualTo("1\u00a0234,56\u00a0€");
        assertThat(Wording.money(4500L, Language.EN)).isEqualTo("€45.00");
        assertThat(Wording.money(5L, Language.EN)).isEqualTo("€0.05");
        assertThat(Wording.money("not a number", Language.FR)).isEqualTo("not a number");
    }

    @Test
    void daysAreWrittenInWordsAndInstantsOnTheParisClock() {
        assertThat(Wording.day("2026-12-04", Language.FR)).isEqualTo("vendredi 4 décembre 2026");
        assertThat(Wording.day("2026-12-01", Language.FR)).isEqualTo("mardi 1er décembre 2026");
        assertThat(Wording.day("2026-12-01", Language.EN)).isEqualTo("Tuesday 1 December 2026");
        assertThat(Wording.day("someday", Language.EN)).isEqualTo("someday");
        // 09:30 UTC in winter is 10:30 in Paris, 07:30 UTC in summer is 09:30
        assertThat(wording.instant("2026-12-01T09:30:00Z", Language.FR)).isEqualTo("1er décembre 2026 à 10:30");
        assertThat(wording.instant("2026-07-14T07:30:00Z", Language.EN)).isEqualTo("14 July 2026 at 09:30");
    }

    @Test
    void valuesFollowTheirNamesAndCodesAreSaidInWordsTheKindsOwnFirst() {
        Map<String, Object> values = wording.values(MessageKind.ORDER_CANCELLED, MessageData.of(Map.of(
                "totalCents", 4500, "date", "2026-12-04", "by", "CUSTOMER", "hoursWorked", 2.5,
                "nextAvailableDates", List.of("2026-12-05"), "reason", "SOMETHING_NEW")), Language.FR);

        assertThat(values).containsEntry("totalCents", "45,00\u00a0€")
                .containsEntry("date", "vendredi 4 décembre 2026")
                .containsEntry("by", "vous")
                .containsEntry("hoursWorked", "2,5")
                .containsEntry("nextAvailableDates", List.of("samedi 5 décembre 2026"))
                .containsEntry("reason", "SOMETHING_NEW");
        assertThat(wording.values(MessageKind.JOB_CANCELLED, MessageData.of(Map.of("by", "CUSTOMER")), Language.FR))
                .containsEntry("by", "le client");
    }

    @Test
    void anEnglishReaderReadsTheEnglishNameWhenTheProducerGivesIt() {
        MessageData data = MessageData.of(Map.of("orderNumber", "CI-1", "serviceName", "Réparation de vélo", "serviceNameEn", "Bike repair"));

        assertThat(wording.phrases(MessageKind.ORDER_ACCEPTED, data, Language.EN).values()).containsEntry("serviceName", "Bike repair");
        assertThat(wording.phrases(MessageKind.ORDER_ACCEPTED, data, Language.FR).values()).containsEntry("serviceName", "Réparation de vélo");
    }

    @Test
    void phrasesAreFilledAndAMissingValueLeavesNoPlaceholder() {
        Phrases phrases = wording.phrases(MessageKind.ORDER_ACCEPTED,
                MessageData.of(Map.of("orderNumber", "CI-2026-000001", "serviceName", "Repassage")), Language.EN);

        assertThat(phrases.subject()).isEqualTo("Order CI-2026-000001 accepted by ");
        assertThat(phrases.title()).isEqualTo("Order CI-2026-000001 accepted");
        assertThat(wording.text("no.such.key", Language.FR)).isEqualTo("no.such.key");
    }

    @Test
    void bothLanguagesHaveTheSameWords() {
        assertThat(BundleFiles.bundle(Language.EN).keySet()).isEqualTo(BundleFiles.bundle(Language.FR).keySet());
        for (MessageKind kind : MessageKind.values()) {
            for (String name : List.of("subject", "title", "text", "heading", "intro", "next", "action")) {
                assertThat(BundleFiles.bundle(Language.FR).containsKey(kind + "." + name)).as(kind + "." + name).isTrue();
            }
        }
    }
}
