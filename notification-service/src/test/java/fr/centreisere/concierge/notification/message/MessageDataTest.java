package fr.centreisere.concierge.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MessageDataTest {

    @Test
    void takesTextsNumbersBooleansAndListsOfTexts() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("orderNumber", "CI-2026-000001");
        raw.put("totalCents", 4500);
        raw.put("hoursWorked", 2.5);
        raw.put("urgent", true);
        raw.put("nextAvailableDates", List.of("2026-12-05"));
        raw.put("note", null);

        MessageData data = MessageData.of(raw);

        assertThat(data.asMap()).containsEntry("totalCents", 4500L).containsEntry("urgent", true)
                .containsEntry("hoursWorked", new java.math.BigDecimal("2.5")).doesNotContainKey("note");
    }

    @Test
    void refusesWhatATemplateCouldNotPrintNamingTheEntry() {
        assertThatThrownBy(() -> MessageData.of(Map.of("memberName", Map.of("nested", 1))))
                .isInstanceOf(InvalidMessage.class).extracting("field").isEqualTo("data.memberName");
        assertThatThrownBy(() -> MessageData.of(Map.of("note", "a\u0000b"))).extracting("field").isEqualTo("data.note");
        assertThatThrownBy(() -> MessageData.of(Map.of("dates", List.of(1, 2)))).extracting("field").isEqualTo("data.dates");
        assertThatThrownBy(() -> MessageData.of(Map.of("bad key", "x"))).extracting("field").isEqualTo("data");
        assertThatThrownBy(() -> MessageData.of(Map.of("note", "x".repeat(2001)))).extracting("field").isEqualTo("data.note");
    }

    @Test
    void eachKindNeedsItsFactsAndAnAccountMessageAnAbsoluteLink() {
        assertThatThrownBy(() -> MessageData.of(Map.of("serviceName", "Repassage")).requireFor(MessageKind.ORDER_ACCEPTED))
                .extracting("field").isEqualTo("data.orderNumber");
        assertThatThrownBy(() -> MessageData.of(Map.of("resetUrl", "/#/mot-de-passe/nouveau?jeton=x")).requireFor(MessageKind.PASSWORD_RESET))
                .extracting("field").isEqualTo("data.resetUrl");
        assertThat(MessageData.of(Map.of("resetUrl", "https://c.example/#/x?jeton=y")).requireFor(MessageKind.PASSWORD_RESET))
                .isNotNull();
        assertThat(MessageData.empty().requireFor(MessageKind.COORDINATOR_DAILY_SUMMARY).asMap()).isEmpty();
    }
}
