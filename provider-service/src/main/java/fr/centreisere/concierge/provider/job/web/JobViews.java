package fr.centreisere.concierge.provider.job.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.provider.job.DispatchDecision;
import fr.centreisere.concierge.provider.job.Excluded;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobSheet;
import fr.centreisere.concierge.provider.job.Offer;
import fr.centreisere.concierge.provider.job.OutboxEntry;
import fr.centreisere.concierge.provider.job.RankedCandidate;
import fr.centreisere.concierge.provider.job.ReportCorrection;
import fr.centreisere.concierge.provider.job.Visit;
import fr.centreisere.concierge.provider.job.WorkReport;
import org.jspecify.annotations.Nullable;

/** Response bodies of the job endpoints. */
final class JobViews {

    private JobViews() {
    }

    record SlotView(LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime from,
            @JsonFormat(pattern = "HH:mm") LocalTime to) {
    }

    /** {@code corrections} only once a coordinator corrected the report. */
    record ReportView(double hoursWorked, double insertionHours, @Nullable String note, Instant completedAt,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CorrectionView> corrections) {
        static ReportView of(WorkReport r) {
            return new ReportView(r.hoursWorked(), r.insertionHours(), r.note(), r.completedAt(),
                    r.corrections().stream().map(CorrectionView::of).toList());
        }
    }

    /** A coordinator's correction of the report, kept in the job: before, after, by whom, when, why. */
    record CorrectionView(double hoursWorkedBefore, double insertionHoursBefore, double hoursWorkedAfter,
            double insertionHoursAfter, String reason, String correctedBy, Instant correctedAt) {
        static CorrectionView of(ReportCorrection c) {
            return new CorrectionView(c.hoursWorkedBefore(), c.insertionHoursBefore(), c.hoursWorkedAfter(),
                    c.insertionHoursAfter(), c.reason(), c.correctedBy(), c.correctedAt());
        }
    }

    record AddressView(String line1, @Nullable String line2, String postalCode, @Nullable String communeName) {
    }

    record CompanySiteView(String name, String companyName, AddressView address) {
    }

    /**
     * Where to go and whom to see, once the job is accepted: the delivery address, or the company site
     * (with its address); the customer's name, phone and notes. Only for the holder's staff and coordinators.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VisitView(String customerName, @Nullable String phone, @Nullable AddressView address,
            @Nullable CompanySiteView companySite, @Nullable String notes) {
        static VisitView of(Visit v, String communeName) {
            AddressView address = new AddressView(v.address().line1(), v.address().line2(), v.address().postalCode(),
                    communeName);
            return new VisitView(v.customerName(), v.phone(), v.companySite() == null ? address : null,
                    v.companySite() == null ? null
                            : new CompanySiteView(v.companySite().name(), v.companySite().companyName(), address),
                    v.notes());
        }
    }

    /**
     * A message to another service (an outcome to order-service, a notice to notification-service) that was
     * refused, or tried many times without success (coordinators only); the outcomes' first.
     */
    record DeliveryView(String eventId, String type, int attempts, @Nullable String lastError, @Nullable Instant refusedAt,
            @Nullable String destination) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JobView(String id, String orderId, String orderNumber, @Nullable String memberId, String serviceId,
            String category, String communeInsee, SlotView slot, int quantity, String state, @Nullable Instant offeredAt,
            @Nullable Instant expiresAt, @Nullable ReportView report, @Nullable String unassignedReason,
            @Nullable DeliveryView delivery, long version, @Nullable String serviceName, @Nullable String communeName,
            @Nullable VisitView visit, @Nullable Boolean visitUnavailable) {

        /** The job with its visit when the reader may see it (see {@code Job.showsVisitTo}). */
        static JobView of(JobSheet sheet, boolean coordinator) {
            JobView view = coordinator ? forCoordinator(sheet.job()) : of(sheet.job());
            String commune = sheet.job().order().communeLabel();
            return new JobView(view.id, view.orderId, view.orderNumber, view.memberId, view.serviceId, view.category,
                    view.communeInsee, view.slot, view.quantity, view.state, view.offeredAt, view.expiresAt,
                    view.report, view.unassignedReason, view.delivery, view.version, view.serviceName,
                    view.communeName, sheet.visit() == null ? null : VisitView.of(sheet.visit(), commune),
                    sheet.visitUnavailable() ? Boolean.TRUE : null);
        }

        /** As coordinators see it: with any trouble delivering its outcomes to order-service. */
        static JobView forCoordinator(Job job) {
            JobView view = of(job);
            DeliveryView delivery = job.deliveryTrouble().map(e -> (OutboxEntry) e)
                    .or(() -> job.messagesNeedingAttention().stream().reduce((a, b) -> b))
                    .map(e -> new DeliveryView(e.eventId(), e.kindName(), e.attempts(), e.lastError(), e.refusedAt(),
                            e.destination()))
                    .orElse(null);
            return new JobView(view.id, view.orderId, view.orderNumber, view.memberId, view.serviceId, view.category,
                    view.communeInsee, view.slot, view.quantity, view.state, view.offeredAt, view.expiresAt, view.report,
                    view.unassignedReason, delivery, view.version, view.serviceName, view.communeName, null, null);
        }

        static JobView of(Job job) {
            var o = job.order();
            return new JobView(job.id(), o.orderId(), o.orderNumber(), job.memberId(), o.serviceId(), o.category(),
                    o.communeInsee(), new SlotView(o.slot().date(), o.slot().from(), o.slot().to()), o.quantity(),
                    job.state().name(), job.offeredAt().orElse(null), job.expiresAt().orElse(null),
                    job.report().map(ReportView::of).orElse(null),
                    job.unassignedReason().map(Enum::name).orElse(null), null,
                    job.version(), o.serviceLabel(), o.communeLabel(), null, null);
        }
    }

    /** The « feuille de route »: a member's accepted and started jobs of one day, by slot, with their visits. */
    record DaySheetView(String memberId, String memberName, LocalDate date, List<JobView> jobs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CandidateView(int rank, String memberId, String memberName, int weight, double target, int received,
            double shortfall, Instant lastOfferedAt, boolean startedAtShare, Double coverShortfall) {
        static CandidateView of(RankedCandidate c, Function<String, String> names) {
            return new CandidateView(c.rank(), c.memberId(), names.apply(c.memberId()), c.weight(), round(c.target()),
                    c.received(), round(c.shortfall()), c.lastOfferedAt(), c.startedAtShare(),
                    c.coverShortfall() == null ? null : round(c.coverShortfall()));
        }
    }

    record ExcludedView(String memberId, String memberName, String reason) {
        static ExcludedView of(Excluded e, Function<String, String> names) {
            return new ExcludedView(e.memberId(), names.apply(e.memberId()), e.reason().name());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionView(String kind, Instant decidedAt, String category, String month, List<CandidateView> candidates,
            List<ExcludedView> excluded, String winner, String winnerName, String decidedBy, String overrideReason,
            boolean coversRefusal) {
        static DecisionView of(DispatchDecision d, Function<String, String> names) {
            return new DecisionView(d.kind().name(), d.decidedAt(), d.category(),
                    d.month() == null ? null : d.month().toString(),
                    d.candidates().stream().map(c -> CandidateView.of(c, names)).toList(),
                    d.excluded().stream().map(e -> ExcludedView.of(e, names)).toList(), d.winner(),
                    d.winner() == null ? null : names.apply(d.winner()), d.decidedBy(), d.overrideReason(),
                    d.coversRefusal());
        }
    }

    /**
     * An offer and how it ended: {@code reason} in the reader's language (provider-service's own reason, said from
     * {@code reasonCode}, then a person's words as typed; an offer stored before the codes as it is).
     */
    record OfferView(String memberId, String memberName, Instant offeredAt, Instant expiresAt, boolean manual,
            String outcome, Instant endedAt, String reason, String reasonCode) {
        static OfferView of(Offer o, Function<String, String> names, Texts texts) {
            String said = o.reasonCode() == null ? null : texts.text(o.reasonCode());
            String words = o.reason() == null || o.reason().isBlank() ? null : o.reason();
            String reason = said == null ? words : words == null ? said : said + " : " + words;
            return new OfferView(o.memberId(), names.apply(o.memberId()), o.offeredAt(), o.expiresAt(), o.manual(),
                    o.outcome() == null ? null : o.outcome().name(), o.endedAt(), reason, o.reasonCode());
        }
    }

    /**
     * Why the job went where it went: the first decision (candidates best first, with target, received,
     * shortfall and tie-break data; the members left out and why; the winner), every decision after it
     * (a new turn after a refusal, a coordinator's choice), and the offers in order with how each ended.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DispatchView(String jobId, String orderId, String serviceId, String communeInsee, LocalDate date,
            String state, String currentMemberId, String unassignedReason, DecisionView decision,
            List<DecisionView> decisions, List<OfferView> offers, String rule) {
        /** {@code rule} and the offers' reasons in the reader's language, said by {@code texts}. */
        static DispatchView of(Job job, Function<String, String> names, Texts texts) {
            var o = job.order();
            List<DecisionView> decisions = job.decisions().stream().map(d -> DecisionView.of(d, names)).toList();
            return new DispatchView(job.id(), o.orderId(), o.serviceId(), o.communeInsee(), o.slot().date(),
                    job.state().name(), job.memberId(), job.unassignedReason().map(Enum::name).orElse(null),
                    decisions.isEmpty() ? null : decisions.get(0), decisions,
                    job.offers().stream().map(f -> OfferView.of(f, names, texts)).toList(),
                    texts.text("job.dispatch.rule"));
        }
    }

    record FitView(String memberId, boolean fits, List<String> reasons) {
    }

    record CandidateMemberView(String memberId, String name, boolean active, boolean fits, List<String> reasons,
            int freePlaces) {
    }

    record CandidatesView(String jobId, String orderId, String serviceId, String communeInsee, LocalDate date,
            List<CandidateMemberView> members) {
    }

    static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }
}
