package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builders of jobs and orders for tests. */
public final class Jobs_ {

    public static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private Jobs_() {
    }

    public static OrderRef order(String orderId) {
        return order(orderId, "svc-reparation-velo", "SMALL_REPAIRS", "38563");
    }

    public static OrderRef order(String orderId, String serviceId, String category, String commune) {
        return new OrderRef(orderId, "CMD-" + orderId, serviceId, category, commune,
                new Slot(LocalDate.of(2026, 12, 10), LocalTime.of(14, 0), LocalTime.of(16, 0)), 1,
                Money.ofCents(4500), Money.ofCents(360));
    }

    public static DispatchDecision rotation(Instant at, String... ranking) {
        List<RankedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < ranking.length; i++) {
            candidates.add(new RankedCandidate(i + 1, ranking[i], 1, 1.0 / ranking.length, 0,
                    1.0 / ranking.length, null, true));
        }
        return new DispatchDecision(DispatchDecision.Kind.ROTATION, at, "SMALL_REPAIRS",
                RotationLedger.monthOf(at), candidates, List.of(), ranking.length == 0 ? null : ranking[0], null, null,
                true);
    }

    /** A coordinator's choice of that member. */
    public static DispatchDecision manual(Instant at, String member) {
        return new DispatchDecision(DispatchDecision.Kind.MANUAL, at, "SMALL_REPAIRS", RotationLedger.monthOf(at),
                List.of(), List.of(), member, "usr-demo-coordinator", null, true);
    }

    /** The job the rotation's decision gives (unassigned as NOT_COVERED when it has no winner). */
    public static Job dispatch(OrderRef order, DispatchDecision decision, Instant at, Instant expiresAt) {
        return Job.dispatch(order, decision, at, expiresAt, UnassignedReason.NOT_COVERED);
    }

    /** Nobody left after refusals. */
    public static void giveUp(Job job, Instant at) {
        job.giveUp(rotation(at), UnassignedReason.ALL_DECLINED, at);
    }

    /** A job offered to mbr-a (ranking mbr-a, mbr-b, mbr-c), offer expiring one hour after T0. */
    public static Job offered() {
        return dispatch(order("ord-1"), rotation(T0, "mbr-a", "mbr-b", "mbr-c"), T0, T0.plusSeconds(3600));
    }

    /** A job as if stored in that state (held by mbr-a where the state has a holder). */
    public static Job inState(JobState state) {
        Job job = offered();
        Instant t = T0.plusSeconds(60);
        switch (state) {
            case OFFERED -> { }
            case ACCEPTED -> job.accept("mbr-a", t);
            case DECLINED -> job.decline("mbr-a", "complet", t);
            case EXPIRED -> job.expire(T0.plusSeconds(3601));
            case IN_PROGRESS -> { job.accept("mbr-a", t); job.start("mbr-a", t); }
            case DONE -> { job.accept("mbr-a", t); job.start("mbr-a", t); job.complete("mbr-a", 2, 1, null, t); }
            case CANCELLED -> job.cancel("annulée", t);
            case UNASSIGNED -> { job.decline("mbr-a", "complet", t); giveUp(job, t); }
        }
        return reloaded(job);
    }

    /** The job as the repository would give it back: its current state becomes the stored state. */
    public static Job reloaded(Job job) {
        return new Job(job.id(), job.order(), job.version() + 1, job.state(), job.memberId(), job.offers(),
                job.decisions(), job.outbox(), job.notices(), job.report().orElse(null),
                job.unassignedReason().orElse(null), job.updatedAt());
    }
}
