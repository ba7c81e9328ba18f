package fr.centreisere.concierge.order.orders.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.i18n.Message;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;


/**
 * An order as stored: one document holds the order, its history, the job events it received and its
 * two outboxes (to provider-service, to notification-service: the platform outbox's stored shape,
 * {@code OutboxBson}), so that a change of state and the messages it causes are one atomic
 * single-document write. {@code version} is checked and incremented by every write, the outbox
 * relay's claims and settlements included.
 */
@org.springframework.data.mongodb.core.mapping.Document("orders")
// every write after the first is conditional on (_id, version): unique, so that the embedded store, which
// uses only unique indexes and only for a query on exactly their fields, finds it without a scan
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "customer_idempotency_key", def = "{'customerUserId': 1, 'idempotencyKey': 1}", unique = true)
@CompoundIndex(name = "customer_newest_first", def = "{'customerUserId': 1, 'createdAt': -1}")
@CompoundIndex(name = "state_newest_first", def = "{'state': 1, 'createdAt': -1}")
@CompoundIndex(name = "company_state", def = "{'companyId': 1, 'state': 1}")
// issue 14: a period's report and lists are narrowed by slot day first, then by state, commune or member
@CompoundIndex(name = "slot_day_state", def = "{'slot.date': 1, 'state': 1}")
@CompoundIndex(name = "commune_slot_day", def = "{'communeInsee': 1, 'slot.date': 1}")
@CompoundIndex(name = "member_slot_day", def = "{'memberId': 1, 'slot.date': 1}")
@CompoundIndex(name = "customer_slot_day", def = "{'customerUserId': 1, 'slot.date': 1}")
record OrderDocument(@Id String id, @Indexed(unique = true) String number, String customerUserId,
        String customerDisplayName, String serviceId, String serviceTitleFr, String serviceTitleEn, String category,
        int quantity, String communeInsee, AddressPart address, SlotPart slot, @Nullable String notes,
        @Nullable String phone, String billing, @Nullable String companyId, PricePart price, Instant createdAt,
        String idempotencyKey, String requestFingerprint, String state, @Nullable @Indexed String memberId,
        @Nullable String jobId, @Nullable String offeredTo, @Nullable Instant lastEventAt,
        @Nullable String unassignedReason, List<HistoryPart> history,
        List<Document> outbox, @Nullable List<Document> notifications, List<EventPart> events, long version) {

    record AddressPart(String line1, @Nullable String line2, String postalCode) {
    }

    /** Local date and times as ISO text: no time-zone conversion on the way in or out. */
    record SlotPart(String date, String from, String to) {

        static SlotPart of(Slot slot) {
            return new SlotPart(slot.date().toString(), slot.from().toString(), slot.to().toString());
        }

        /** The part as a projection leaves it: a plain document of the same three fields. */
        static SlotPart of(Document stored) {
            return new SlotPart(stored.getString("date"), stored.getString("from"), stored.getString("to"));
        }

        Slot slot() {
            return new Slot(LocalDate.parse(date), LocalTime.parse(from), LocalTime.parse(to));
        }
    }

    record PricePart(long unitPriceCents, int quantity, long subtotalCents, String vatRatePercent, long vatCents,
            long totalCents, long employerShareCents, long customerShareCents, String commissionRatePercent,
            long commissionCents) {
    }

    /**
     * One history entry: {@code reasonCode}/{@code reasonArgs} order-service's reason, {@code causeCode}/
     * {@code causeArgs} provider-service's refusal, {@code reason} a person's own words. An entry stored before
     * the codes has its sentence in {@code reason} and no code: it reads as words, shown as it is.
     */
    record HistoryPart(String state, Instant at, @Nullable String by, @Nullable String reason,
            @Nullable String reasonCode, @Nullable List<String> reasonArgs, @Nullable String causeCode,
            @Nullable List<String> causeArgs) {

        static HistoryPart of(HistoryEntry entry) {
            Message why = entry.why();
            Message cause = entry.cause();
            return new HistoryPart(entry.state().name(), entry.at(), entry.by(), entry.words(),
                    why == null ? null : why.code(), why == null ? null : why.args(),
                    cause == null ? null : cause.code(), cause == null ? null : cause.args());
        }

        HistoryEntry entry() {
            return new HistoryEntry(OrderState.valueOf(state), at, by, message(reasonCode, reasonArgs),
                    message(causeCode, causeArgs), reason);
        }

        private static @Nullable Message message(@Nullable String code, @Nullable List<String> args) {
            return code == null ? null : new Message(code, args == null ? List.of() : List.copyOf(args));
        }
    }

    record EventPart(String eventId, String type, @Nullable String jobId, @Nullable String memberId,
            Instant occurredAt, Instant receivedAt, boolean applied) {
    }
}
