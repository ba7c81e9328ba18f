package fr.centreisere.concierge.provider.job.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.provider.job.DispatchDecision;
import fr.centreisere.concierge.provider.job.Excluded;
import fr.centreisere.concierge.provider.job.Exclusion;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.Offer;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.RankedCandidate;
import fr.centreisere.concierge.provider.job.ReportCorrection;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.UnassignedReason;
import fr.centreisere.concierge.provider.job.WorkReport;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A job as stored: the order's facts, the current state and offer, the history, and its two outboxes
 * ({@code outbox}: outcomes to order-service; {@code notices}: messages to members' staff), arrays of
 * platform outbox messages ({@link JobOutboxes}; their relays index their due times themselves).
 */
@Document("jobs")
// every change is conditional on (_id, version, state): unique, so that the embedded store, which uses only
// unique indexes and only for a query on exactly their fields, finds the job without a scan
@CompoundIndex(name = "id_version_state", def = "{'_id': 1, 'version': 1, 'state': 1}", unique = true)
@CompoundIndex(name = "member_state", def = "{'memberId': 1, 'state': 1}")
@CompoundIndex(name = "member_service_day", def = "{'memberId': 1, 'serviceId': 1, 'slotDate': 1}")
// issue 14: lists and reports of a period narrow by slot day, then state or commune
@CompoundIndex(name = "day_state", def = "{'slotDate': 1, 'state': 1}")
@CompoundIndex(name = "commune_day", def = "{'communeInsee': 1, 'slotDate': 1}")
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
        List<org.bson.Document> outbox,
        List<org.bson.Document> notices,
        ReportDoc report,
        String unassignedReason,
        Instant updatedAt) {

    /** {@code reason}: a person's words (or an offer's sentence stored before the codes); {@code reasonCode}: ours. */
    record OfferDoc(String memberId, Instant offeredAt, Instant expiresAt, boolean manual, String outcome,
            Instant endedAt, String reason, Instant remindedAt, String reasonCode) {
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

    record ReportDoc(double hoursWorked, double insertionHours, String note, Instant completedAt,
            List<CorrectionDoc> corrections) {
    }

    record CorrectionDoc(double hoursWorkedBefore, double insertionHoursBefore, double hoursWorkedAfter,
            double insertionHoursAfter, String reason, String correctedBy, Instant correctedAt) {
    }

    static JobDocument of(Job job, long version) {
        OrderRef o = job.order();
        return new JobDocument(job.id(), o.orderId(), o.orderNumber(), o.serviceId(), o.serviceName(), o.category(),
                o.communeInsee(), o.communeName(),
                o.slot().date().toString(), o.slot().from().toString(), o.slot().to().toString(), o.quantity(),
                o.subtotal().cents(), o.commission().cents(), job.state().name(), job.memberId(), version,
                job.expiresAt().orElse(null), job.reminderDueAt().orElse(null),
                job.report().map(WorkReport::completedAt).orElse(null),
                job.offers().stream().map(f -> new OfferDoc(f.memberId(), f.offeredAt(), f.expiresAt(), f.manual(),
                        f.outcome() == null ? null : f.outcome().name(), f.endedAt(), f.reason(), f.remindedAt(),
                        f.reasonCode()))
                        .toList(),
                job.decisions().stream().map(JobDocument::decision).toList(),
                OutboxBson.toBson(JobOutboxes.events(job)),
                OutboxBson.toBson(JobOutboxes.notices(job)),
                job.report().map(r -> new ReportDoc(r.hoursWorked(), r.insertionHours(), r.note(), r.completedAt(),
                        r.corrections().stream().map(c -> new CorrectionDoc(c.hoursWorkedBefore(),
                                c.insertionHoursBefore(), c.hoursWorkedAfter(), c.insertionHoursAfter(), c.reason(),
                                c.correctedBy(), c.correctedAt())).toList()))
                        .orElse(null),
                job.unassignedReason().map(Enum::name).orElse(null),
                job.updatedAt());
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
                        f.remindedAt(), f.reasonCode())).toList(),
                list(decisions).stream().map(d -> new DispatchDecision(DispatchDecision.Kind.valueOf(d.kind()),
                        d.decidedAt(), d.category(), d.month() == null ? null : YearMonth.parse(d.month()),
                        list(d.candidates()).stream().map(c -> new RankedCandidate(c.rank(), c.memberId(), c.weight(),
                                c.target(), c.received(), c.shortfall(), c.lastOfferedAt(), c.startedAtShare(),
                                c.coverShortfall())).toList(),
                        list(d.excluded()).stream().map(e -> new Excluded(e.memberId(), Exclusion.valueOf(e.reason())))
                                .toList(),
                        d.winner(), d.decidedBy(), d.overrideReason(), d.counted() == null || d.counted(),
                        Boolean.TRUE.equals(d.coversRefusal()))).toList(),
                OutboxBson.fromBson(outbox, JobOutboxes.EVENTS.defaultDestination()).stream().map(JobOutboxes::event)
                        .toList(),
                OutboxBson.fromBson(notices, JobOutboxes.NOTICES.defaultDestination()).stream()
                        .map(JobOutboxes::notice).toList(),
                report == null ? null : new WorkReport(report.hoursWorked(), report.insertionHours(), report.note(),
                        report.completedAt(), list(report.corrections()).stream().map(c -> new ReportCorrection(
                                c.hoursWorkedBefore(), c.insertionHoursBefore(), c.hoursWorkedAfter(),
                                c.insertionHoursAfter(), c.reason(), c.correctedBy(), c.correctedAt())).toList()),
                unassignedReason == null ? null : UnassignedReason.valueOf(unassignedReason),
                updatedAt);
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
