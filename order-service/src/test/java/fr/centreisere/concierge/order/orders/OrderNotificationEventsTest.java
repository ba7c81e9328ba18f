package fr.centreisere.concierge.order.orders;

import static fr.centreisere.concierge.order.orders.OrderFixtures.COORDINATOR;
import static fr.centreisere.concierge.order.orders.OrderFixtures.MEMBER;
import static fr.centreisere.concierge.order.orders.OrderFixtures.NOW;
import static fr.centreisere.concierge.order.orders.OrderFixtures.event;
import static fr.centreisere.concierge.order.orders.OrderFixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

/** The customer's notification events, as the order writes them with the change that causes them. */
class OrderNotificationEventsTest {

    @Test
    void placingWritesTheReceivedEventInItsOwnOutboxNotInTheDispatchOne() {
        Order order = placed();

        assertThat(order.outbox()).extracting(OutboxMessage::kind).containsExactly("DISPATCH");
        assertThat(order.notifications()).singleElement().satisfies(received -> {
            assertThat(received.id()).isEqualTo(order.id() + ":n:1");
            assertThat(received.destination()).isEqualTo("notification-service");
            assertThat(received.kind()).isEqualTo("ORDER_RECEIVED");
            assertThat(received.payload()).containsEntry("link", "/#/commandes/" + order.id())
                    .containsEntry("to", Map.of("userIds", List.of("usr-demo-resident")));
        });
    }

    @Test
    void aRepeatedOrStaleJobEventTellsNothingNew() {
        Order order = placed();
        order.apply(event("job-1:1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(60)), NOW.plusSeconds(60));
        order.apply(event("job-1:2", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(120)), NOW.plusSeconds(120));
        order.apply(event("job-1:2", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(120)), NOW.plusSeconds(130));
        order.apply(event("job-1:0", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(10)), NOW.plusSeconds(140));

        assertThat(order.notifications()).extracting(OutboxMessage::kind)
                .containsExactly("ORDER_RECEIVED", "ORDER_ACCEPTED");
        assertThat(data(order.notifications().get(1))).containsEntry("memberName", MEMBER)
                .containsEntry("date", "2026-12-04");
    }

    @Test
    void anUnassignedOrderCarriesItsReasonAndTheNextDaysWithRoom() {
        Order order = placed();
        order.apply(new JobEvent("job-1:1", JobEventType.UNASSIGNED, "job-1", null, NOW.plusSeconds(60), null,
                UnassignedReason.ALL_DECLINED), NOW.plusSeconds(60), List.of(LocalDate.of(2026, 12, 7)));

        assertThat(data(order.notifications().get(1))).containsEntry("reason", "ALL_DECLINED")
                .containsEntry("nextAvailableDates", List.of("2026-12-07"));
    }

    @Test
    void aCoordinatorsCancellationSaysSo() {
        Order order = placed();
        order.cancel(COORDINATOR, "Doublon", NOW.plusSeconds(5));

        OutboxMessage cancelled = order.notifications().get(1);
        assertThat(cancelled.kind()).isEqualTo("ORDER_CANCELLED");
        assertThat(data(cancelled)).containsEntry("by", "COORDINATOR").containsEntry("note", "Doublon");
    }

    @Test
    void aDispatchRefusedByProviderServiceTellsTheCustomerItCouldNotBePlaced() {
        Order order = placed();
        order.messageRefused(order.outbox().get(0).id(), "Créneau invalide / Invalid slot", NOW.plusSeconds(1));

        assertThat(order.notifications()).extracting(OutboxMessage::kind)
                .containsExactly("ORDER_RECEIVED", "ORDER_UNASSIGNED");
        assertThat(data(order.notifications().get(1))).containsEntry("reason", "REFUSED_BY_PROVIDER");
        assertThat(order.stuckMessage()).as("handled by the order, not stuck").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(OutboxMessage message) {
        return (Map<String, Object>) message.payload().get("data");
    }
}
