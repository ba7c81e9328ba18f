package fr.centreisere.concierge.provider.job.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.centreisere.concierge.provider.job.DispatchDecision;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Offer;
import fr.centreisere.concierge.provider.job.RankedCandidate;

/** Response bodies of the job endpoints. */
final class JobViews {

    private JobViews() {
    }

    record SlotView(LocalDate date, @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm") LocalTime from,
            @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm") LocalTime to) {
    }

    record ReportView(double hoursWorked, double insertionHours, String note, Instant completedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JobView(String id, String orderId, String orderNumber, String memberId, String serviceId, String category,
            String communeInsee, SlotView slot, int quantity, String state, Instant offeredAt, Instant expiresAt,
            ReportView report, long version) {

        static JobView of(Job job) {
            var o = job.order();
            return new JobView(job.id(), o.orderId(), o.orderNumber(), job.memberId(), o.serviceId(), o.category(),
                    o.communeInsee(), new SlotView(o.slot().date(), o.slot().from(), o.slot().to()), o.quantity(),
                    job.state().name(), job.offeredAt().orElse(null), job.expiresAt().orElse(null),
                    job.report().map(r -> new ReportView(r.hoursWorked(), r.insertionHours(), r.note(), r.completedAt()))
                            .orElse(null),
                    job.version());
        }
    }

    record PageView<T>(List<T> content, int page, int size, long totalElements) {
    }

    record CandidateView(int rank, String memberId, int weight, double target, int received, double shortfall,
            Instant lastOfferedAt, boolean startedAtShare) {
        static CandidateView of(RankedCandidate c) {
            return new CandidateView(c.rank(), c.memberId(), c.weight(), round(c.target()), c.received(),
                    round(c.shortfall()), c.lastOfferedAt(), c.startedAtShare());
        }
    }

    record DecisionView(String kind, Instant decidedAt, String category, String month, List<CandidateView> candidates,
            String winner, String decidedBy) {
        static DecisionView of(DispatchDecision d) {
            return new DecisionView(d.kind().name(), d.decidedAt(), d.category(),
                    d.month() == null ? null : d.month().toString(),
                    d.candidates().stream().map(CandidateView::of).toList(), d.winner(), d.decidedBy());
        }
    }

    record OfferView(String memberId, Instant offeredAt, Instant expiresAt, boolean manual, String outcome,
            Instant endedAt, String reason) {
        static OfferView of(Offer o) {
            return new OfferView(o.memberId(), o.offeredAt(), o.expiresAt(), o.manual(),
                    o.outcome() == null ? null : o.outcome().name(), o.endedAt(), o.reason());
        }
    }

    /**
     * Why the job went where it went: the rotation's decision (candidates best first, with target,
     * received, shortfall and tie-break data; the winner), any coordinator's decisions after it, and the
     * offers in order with how each ended.
     */
    record DispatchView(String jobId, String orderId, String serviceId, String communeInsee, LocalDate date,
            String state, String currentMemberId, DecisionView decision, List<DecisionView> decisions,
            List<OfferView> offers, String rule) {
        static DispatchView of(Job job) {
            var o = job.order();
            return new DispatchView(job.id(), o.orderId(), o.serviceId(), o.communeInsee(), o.slot().date(),
                    job.state().name(), job.memberId(),
                    job.rotationDecision().map(DecisionView::of).orElse(null),
                    job.decisions().stream().map(DecisionView::of).toList(),
                    job.offers().stream().map(OfferView::of).toList(),
                    "Plus grand écart à la part due, puis offert le moins récemment, puis plus petit identifiant"
                            + " / Largest shortfall, then least recently offered, then lowest id");
        }
    }

    static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }
}
