package fr.centreisere.concierge.provider.job.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.provider.job.DispatchDecision;
import fr.centreisere.concierge.provider.job.Excluded;
import fr.centreisere.concierge.provider.job.Exclusion;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobEvent;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.MemberNotice;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.Offer;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.RankedCandidate;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.UnassignedReason;
import fr.centreisere.concierge.provider.job.WorkReport;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A job as stored: the order's facts, the current state and offer, the history, and the outbox in two
 * lanes ({@code outbox}: outcomes to order-service; {@code notices}: messages to members' staff).
 */
@Document("jobs")
@CompoundIndex(name = "member_state", def = "{'memberId': 1, 'state': 1}")
@CompoundIndex(name = "outbox_due", def = "{'outbox.deliveredAt': 1, 'outbox.nextAttemptAt': 1}")
@CompoundIndex(name = "notices_due", def = "{'notices.deliveredAt': 1, 'notices.nextAttemptAt': 1}")
@CompoundIndex(name = "member_service_day", def = "{'memberId': 1, 'serviceId': 1, 'slotDate': 1}")
record JobDocument(
        @Id String id,
        @Indexed(unique = true) String orderId,
        String orderNumber,
        String serviceId,
        String serviceName,
        String category,
        String communeInsee,
        String communeName,
        String slotDate,
        String slotFrom,
        String slotTo,
        int quantity,
        long subtotalCents,
        long commissionCents,
        String state,
        String memberId,
        long version,
        @Indexed Instant offerExpiresAt,
        @Indexed Instant offerRemindAt,
        @Indexed Instant completedAt,
        List<OfferDoc> offers,
        List<DecisionDoc> decisions,
        List<EventDoc> outbox,
        List<NoticeDoc> notices,
        ReportDoc report,
        String unassignedReason,
        Instant updatedAt) {

    record OfferDoc(String memberId, Instant offeredAt, Instant expiresAt, boolean manual, String outcome,
            Instant endedAt, String reason, Instant remindedAt) {
    }

    record CandidateDoc(int rank, String memberId, int weight, double target, int received, double shortfall,
            Instant lastOfferedAt, boolean startedAtShare, Double coverShortfall) {
    }

    record ExcludedDoc(String memberId, String reason) {
    }

    record DecisionDoc(String kind, Instant decidedAt, String category, String month, List<CandidateDoc> candidates,
            List<ExcludedDoc> excluded, String winner, String decidedBy, String overrideReason, Boolean counted,
            Boolean coversRefusal) {
    }

    record EventDoc(String eventId, String type, Instant occurredAt, String memberId, String reason,
            Double hoursWorked, Double insertionHours, Instant deliveredAt, int attempts, Instant nextAttemptAt,
            String unassignedReason, Instant refusedAt, String lastError) {
    }

    record NoticeDoc(String eventId, String kind, Instant occurredAt, String memberId, String slotDate,
            String slotFrom, String slotTo, Instant expiresAt, String reason, String by, String note,
            Instant deliveredAt, int attempts, Instant nextAttemptAt, Instant refusedAt, String lastError) {
    }

    record ReportDoc(double hoursWorked, double insertionHours, String note, Instant completedAt) {
    }

    static JobDocument of(Job job, long version) {
        OrderRef o = job.order();
        List<EventDoc> outbox = job.outbox().stream().map(JobDocument::event).toList();
        return new JobDocument(job.id(), o.orderId(), o.orderNumber(), o.serviceId(), o.serviceName(), o.category(),
                o.communeInsee(), o.communeName(),
                o.slot().date().toString(), o.slot().from().toString(), o.slot().to().toString(), o.quantity(),
                o.subtotal().cents(), o.commission().cents(), job.state().name(), job.memberId(), version,
                job.expiresAt().orElse(null), job.reminderDueAt().orElse(null),
                job.report().map(WorkReport::completedAt).orElse(null),
                job.offers().stream().map(f -> new OfferDoc(f.memberId(), f.offeredAt(), f.expiresAt(), f.manual(),
                        f.outcome() == null ? null : f.outcome().name(), f.endedAt(), f.reason(), f.remindedAt()))
                        .toList(),
                job.decisions().stream().map(JobDocument::decision).toList(),
                outbox,
                job.notices().stream().map(JobDocument::notice).toList(),
                job.report().map(r -> new ReportDoc(r.hoursWorked(), r.insertionHours(), r.note(), r.completedAt()))
                        .orElse(null),
                job.unassignedReason().map(Enum::name).orElse(null),
                job.updatedAt());
    }

    static EventDoc event(JobEvent e) {
        return new EventDoc(e.eventId(), e.type().name(), e.occurredAt(), e.memberId(), e.reason(), e.hoursWorked(),
                e.insertionHours(), e.deliveredAt(), e.attempts(), e.nextAttemptAt(),
                e.unassignedReason() == null ? null : e.unassignedReason().name(), e.refusedAt(), e.lastError());
    }

    static NoticeDoc notice(MemberNotice n) {
        return new NoticeDoc(n.eventId(), n.kind().name(), n.occurredAt(), n.memberId(), n.slot().date().toString(),
                n.slot().from().toString(), n.slot().to().toString(), n.expiresAt(),
                n.reason() == null ? null : n.reason().name(), n.by() == null ? null : n.by().name(), n.note(),
                n.deliveredAt(), n.attempts(), n.nextAttemptAt(), n.refusedAt(), n.lastError());
    }

    private static MemberNotice toNotice(NoticeDoc n) {
        return new MemberNotice(n.eventId(), MemberNotice.Kind.valueOf(n.kind()), n.occurredAt(), n.memberId(),
                new Slot(LocalDate.parse(n.slotDate()), LocalTime.parse(n.slotFrom()), LocalTime.parse(n.slotTo())),
                n.expiresAt(), n.reason() == null ? null : MemberNotice.Withdrawal.valueOf(n.reason()),
                n.by() == null ? null : MemberNotice.Actor.valueOf(n.by()), n.note(), n.deliveredAt(), n.attempts(),
                n.nextAttemptAt(), n.refusedAt(), n.lastError());
    }

    private static DecisionDoc decision(DispatchDecision d) {
        return new DecisionDoc(d.kind().name(), d.decidedAt(), d.category(), d.month() == null ? null : d.month().toString(),
                d.candidates().stream().map(c -> new CandidateDoc(c.rank(), c.memberId(), c.weight(), c.target(),
                        c.received(), c.shortfall(), c.lastOfferedAt(), c.startedAtShare(), c.coverShortfall())).toList(),
                d.excluded().stream().map(e -> new ExcludedDoc(e.memberId(), e.reason().name())).toList(),
                d.winner(), d.decidedBy(), d.overrideReason(), d.counted(), d.coversRefusal());
    }

    Job toJob() {
        OrderRef order = new OrderRef(orderId, orderNumber, serviceId, category, communeInsee,
                new Slot(LocalDate.parse(slotDate), LocalTime.parse(slotFrom), LocalTime.parse(slotTo)), quantity,
                Money.ofCents(subtotalCents), Money.ofCents(commissionCents), serviceName, communeName);
        return new Job(id, order, version, JobState.valueOf(state), memberId,
                list(offers).stream().map(f -> new Offer(f.memberId(), f.offeredAt(), f.expiresAt(), f.manual(),
                        f.outcome() == null ? null : Offer.Outcome.valueOf(f.outcome()), f.endedAt(), f.reason(),
                        f.remindedAt())).toList(),
                list(decisions).stream().map(d -> new DispatchDecision(DispatchDecision.Kind.valueOf(d.kind()),
                        d.decidedAt(), d.category(), d.month() == null ? null : YearMonth.parse(d.month()),
                        list(d.candidates()).stream().map(c -> new RankedCandidate(c.rank(), c.memberId(), c.weight(),
                                c.target(), c.received(), c.shortfall(), c.lastOfferedAt(), c.startedAtShare(),
                                c.coverShortfall())).toList(),
                        list(d.excluded()).stream().map(e -> new Excluded(e.memberId(), Exclusion.valueOf(e.reason())))
                                .toList(),
                        d.winner(), d.decidedBy(), d.overrideReason(), d.counted() == null || d.counted(),
                        Boolean.TRUE.equals(d.coversRefusal()))).toList(),
                list(outbox).stream().map(e -> new JobEvent(e.eventId(), JobEvent.Type.valueOf(e.type()), e.occurredAt(),
                        e.memberId(), e.reason(), e.hoursWorked(), e.insertionHours(), e.deliveredAt(), e.attempts(),
                        e.nextAttemptAt(), e.unassignedReason() == null ? null : UnassignedReason.valueOf(e.unassignedReason()),
                        e.refusedAt(), e.lastError()))
                        .toList(),
                list(notices).stream().map(JobDocument::toNotice).toList(),
                report == null ? null : new WorkReport(report.hoursWorked(), report.insertionHours(), report.note(),
                        report.completedAt()),
                unassignedReason == null ? null : UnassignedReason.valueOf(unassignedReason),
                updatedAt);
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
