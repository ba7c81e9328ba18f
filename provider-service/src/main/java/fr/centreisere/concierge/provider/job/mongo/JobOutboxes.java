package fr.centreisere.concierge.provider.job.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.outbox.OutboxLayout;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobEvent;
import fr.centreisere.concierge.provider.job.MemberNotice;
import fr.centreisere.concierge.provider.job.NoticeMessage;
import fr.centreisere.concierge.provider.job.OutboxEntry;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.UnassignedReason;

/**
 * The job's two outboxes as the platform outbox stores them: {@code outbox} (outcomes to order-service,
 * the array the jobs always had: events stored before the platform outbox are read as they are) and
 * {@code notices} (notices to notification-service), each an array of platform messages with its own
 * relay. Here the domain's records become messages and back: the payload holds what the sender posts,
 * the message's delivery state becomes the record's.
 */
public final class JobOutboxes {

    public static final OutboxLayout EVENTS = OutboxLayout.embedded("jobs", "outbox")
            .withDefaultDestination(OutboxEntry.ORDER_SERVICE);

    public static final OutboxLayout NOTICES = OutboxLayout.embedded("jobs", "notices")
            .withDefaultDestination(OutboxEntry.NOTIFICATION_SERVICE);

    private JobOutboxes() {
    }

    // --- outcomes to order-service ---------------------------------------------------------------

    static OutboxMessage message(Job job, JobEvent e) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("orderId", job.order().orderId());
        payload.put("jobId", job.id());
        putIfSet(payload, "memberId", e.memberId());
        putIfSet(payload, "reason", e.reason());
        putIfSet(payload, "hoursWorked", e.hoursWorked());
        putIfSet(payload, "insertionHours", e.insertionHours());
        putIfSet(payload, "unassignedReason", e.unassignedReason() == null ? null : e.unassignedReason().name());
        return stateOf(OutboxMessage.pending(e.eventId(), OutboxEntry.ORDER_SERVICE, e.type().name(), payload,
                e.occurredAt()), e);
    }

    static JobEvent event(OutboxMessage m) {
        String unassigned = m.text("unassignedReason");
        return new JobEvent(m.id(), JobEvent.Type.valueOf(m.kind()), m.createdAt(), m.text("memberId"),
                m.text("reason"), number(m.payload().get("hoursWorked")), number(m.payload().get("insertionHours")),
                m.sentAt(), m.attempts(), m.nextAttemptAt(),
                unassigned == null ? null : UnassignedReason.valueOf(unassigned), m.givenUpAt(), m.lastError());
    }

    // --- notices to notification-service -----------------------------------------------------------

    /** The notice as notification-service reads it, but for the event id and the contact address (the sender adds them). */
    static OutboxMessage message(Job job, MemberNotice n) {
        NoticeMessage composed = NoticeMessage.of(job, n, null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", composed.kind());
        payload.put("occurredAt", composed.occurredAt().toString());
        payload.put("to", Map.of("memberId", composed.to().memberId()));
        payload.put("link", composed.link());
        payload.put("data", composed.data());
        return stateOf(OutboxMessage.pending(n.eventId(), OutboxEntry.NOTIFICATION_SERVICE, n.kind().name(), payload,
                n.occurredAt()), n);
    }

    @SuppressWarnings("unchecked")
    static MemberNotice notice(OutboxMessage m) {
        Map<String, Object> to = m.payload().get("to") instanceof Map<?, ?> t ? (Map<String, Object>) t : Map.of();
        Map<String, Object> data = m.payload().get("data") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
        Slot slot = new Slot(LocalDate.parse(String.valueOf(data.get("date"))), LocalTime.parse(String.valueOf(data.get("from"))),
                LocalTime.parse(String.valueOf(data.get("to"))));
        Object expiresAt = data.get("expiresAt");
        Object reason = data.get("reason");
        Object by = data.get("by");
        Object note = data.get("note");
        return new MemberNotice(m.id(), MemberNotice.Kind.valueOf(m.kind()), m.createdAt(), String.valueOf(to.get("memberId")),
                slot, expiresAt == null ? null : Instant.parse(expiresAt.toString()),
                reason == null ? null : MemberNotice.Withdrawal.valueOf(reason.toString()),
                by == null ? null : MemberNotice.Actor.valueOf(by.toString()), note == null ? null : note.toString(),
                m.sentAt(), m.attempts(), m.nextAttemptAt(), m.givenUpAt(), m.lastError());
    }

    static List<OutboxMessage> events(Job job) {
        return job.outbox().stream().map(e -> message(job, e)).toList();
    }

    static List<OutboxMessage> notices(Job job) {
        return job.notices().stream().map(n -> message(job, n)).toList();
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** A record read back and written again (a whole insert) keeps its delivery state. */
    private static OutboxMessage stateOf(OutboxMessage pending, OutboxEntry entry) {
        return new OutboxMessage(pending.id(), pending.destination(), pending.lane(), pending.kind(), pending.payload(),
                pending.createdAt(), entry.attempts(),
                entry.nextAttemptAt() == null ? pending.nextAttemptAt() : entry.nextAttemptAt(), null, null,
                entry.deliveredAt(), entry.refusedAt(), null, null, entry.lastError(), null, null, pending.traceparent(),
                pending.requestId());
    }

    private static void putIfSet(Map<String, Object> payload, String key, Object value) {
        if (value != null) {
            payload.put(key, value);
        }
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
