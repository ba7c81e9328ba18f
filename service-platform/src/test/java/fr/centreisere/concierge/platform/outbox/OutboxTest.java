package fr.centreisere.concierge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The messages of one owner as its domain object holds them: lanes, due times, who may settle. */
class OutboxTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static OutboxMessage message(String id, String destination) {
        return OutboxMessage.pending(id, destination, "PING", Map.of(), NOW);
    }

    @Test
    void onlyTheFirstUnsettledMessageOfEachLaneIsDue() {
        Outbox outbox = Outbox.of(List.of(message("m1", "provider"), message("m2", "provider"),
                message("n1", "notification")));

        assertThat(outbox.heads()).extracting(OutboxMessage::id).containsExactly("m1", "n1");
        outbox.replace("m1", m -> m.failed(503, "HTTP 503", NOW.plusSeconds(10)));
        assertThat(outbox.nextDue(NOW)).get().extracting(OutboxMessage::id).isEqualTo("n1");
        outbox.replace("n1", m -> m.delivered(NOW, null));
        assertThat(outbox.nextDue(NOW)).isEmpty();
        assertThat(outbox.dueAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(outbox.nextDue(NOW.plusSeconds(10))).get().extracting(OutboxMessage::id).isEqualTo("m1");
    }

    @Test
    void aRelayWhoseLeaseWasTakenOverDoesNotSettleAndTheFirstSettlementWins() {
        OutboxMessage claimedByA = message("m1", "provider").claimed("token-a", NOW.plusSeconds(30));
        OutboxMessage claimedByB = claimedByA.claimed("token-b", NOW.plusSeconds(60));
        Outbox outbox = Outbox.of(List.of(claimedByB));

        assertThat(outbox.settle(claimedByA.failed(503, "late", NOW.plusSeconds(40)))).isFalse();
        assertThat(outbox.settle(claimedByB.delivered(NOW.plusSeconds(41), null))).isTrue();
        assertThat(outbox.settle(claimedByB.failed(503, "twice", NOW.plusSeconds(50)))).isFalse();
        assertThat(outbox.find("m1").orElseThrow().delivered()).isTrue();
    }

    @Test
    void whatCannotHaveArrivedIsWithdrawnAndTheRestIsKept() {
        Outbox outbox = Outbox.of(List.of(message("m1", "provider").claimed("t", NOW.plusSeconds(30)),
                message("m2", "provider"), message("n1", "notification")));

        List<OutboxMessage> withdrawn = outbox.withdrawUnsent(m -> m.destination().equals("provider"), NOW);

        assertThat(withdrawn).extracting(OutboxMessage::id).containsExactly("m2");
        assertThat(outbox.find("m1").orElseThrow().settled()).isFalse();
        assertThat(outbox.find("n1").orElseThrow().settled()).isFalse();
        assertThat(outbox.find("m2").orElseThrow().needsAttention()).isFalse();
    }

    @Test
    void aMessageIdIsWrittenOnce() {
        Outbox outbox = Outbox.of(List.of(message("m1", "provider")));

        assertThatThrownBy(() -> outbox.add(message("m1", "provider"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.countOf("provider")).isEqualTo(1);
    }

    @Test
    void theStoredShapeComesBackAsWritten() {
        OutboxMessage message = OutboxMessage.pending("ord-1:n:1", "notification", "ORDER_RECEIVED",
                Map.of("to", Map.of("userIds", List.of("usr-1")), "data", Map.of("totalCents", 6000L)), NOW)
                .claimed("t", NOW.plusSeconds(30)).failed(503, "HTTP 503", NOW.plusSeconds(2));

        assertThat(OutboxBson.fromBson(OutboxBson.toBson(message), "other")).isEqualTo(message);
    }

    @Test
    void whetherAStoredMessageIsSettledReadsFromItsSettlementFieldsAloneAsFromTheWholeMessage() {
        OutboxMessage pending = message("m1", "provider").failed(503, "HTTP 503", NOW.plusSeconds(2));
        List<OutboxMessage> messages = List.of(pending, pending.delivered(NOW, null), pending.withdrawn(NOW),
                pending.gaveUp(NOW, 400, "HTTP 400"));
        for (OutboxMessage m : messages) {
            org.bson.Document stored = OutboxBson.toBson(m);
            org.bson.Document settlementOnly = new org.bson.Document();
            OutboxBson.SETTLEMENT_FIELDS.stream().filter(stored::containsKey)
                    .forEach(field -> settlementOnly.put(field, stored.get(field)));
            assertThat(OutboxBson.settled(settlementOnly)).as(m.toString()).isEqualTo(m.settled());
        }
        // the older names: provider-service's deliveredAt / refusedAt, order-service's droppedAt
        for (String older : List.of("deliveredAt", "refusedAt", "droppedAt")) {
            org.bson.Document stored = new org.bson.Document("id", "m2").append("attempts", 0)
                    .append("createdAt", java.util.Date.from(NOW))
                    .append(older, java.util.Date.from(NOW));
            assertThat(OutboxBson.settled(stored)).as(older).isTrue()
                    .isEqualTo(OutboxBson.fromBson(stored, "provider").settled());
        }
        assertThat(OutboxBson.settled(new org.bson.Document())).isFalse();
    }
}
