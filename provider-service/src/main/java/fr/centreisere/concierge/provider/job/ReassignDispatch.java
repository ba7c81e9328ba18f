package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.MemberNotFound;
import fr.centreisere.concierge.provider.member.Members;

/**
 * A coordinator's choice, relayed by order-service: the job is offered to that member outside the
 * rotation's ranking, but like any offer it takes a place and counts in the rotation. The member must
 * exist, be active and fit (capability for the service in the commune, room that day, has not refused
 * this order); a member that does not fit is taken only on a confirmed override, whose reason is kept
 * in the decision. A member that held the job gets it back in the rotation, and its place back.
 */
public class ReassignDispatch {

    private final Jobs jobs;
    private final Members members;
    private final Eligibility eligibility;
    private final Turns turns;
    private final Places places;
    private final OfferPolicy policy;
    private final RelayJobEvents relay;
    private final Clock clock;

    public ReassignDispatch(Jobs jobs, Members members, Eligibility eligibility, Turns turns, Places places,
            OfferPolicy policy, RelayJobEvents relay, Clock clock) {
        this.jobs = jobs;
        this.members = members;
        this.eligibility = eligibility;
        this.turns = turns;
        this.places = places;
        this.policy = policy;
        this.relay = relay;
        this.clock = clock;
    }

    /** Why that member may not be offered the order's job now (empty: it fits). */
    public List<Exclusion> fit(String orderId, String memberId) {
        Job job = jobs.byOrderId(orderId).orElseThrow(() -> JobNotFound.forOrder(orderId));
        if (memberId.equals(job.memberId()) && job.heldPlace().isPresent()) {
            return List.of();
        }
        return eligibility.unfit(memberId, job.order(), job.refusedBy());
    }

    /** Every member with a capability for the job's service, those that fit first (the holder fits). */
    public List<Eligibility.Fit> candidates(Job job) {
        List<Eligibility.Fit> candidates = new java.util.ArrayList<>();
        for (Eligibility.Fit fit : eligibility.fits(job.order(), job.refusedBy())) {
            boolean holder = fit.member().id().equals(job.memberId()) && job.heldPlace().isPresent();
            candidates.add(holder ? new Eligibility.Fit(fit.member(), List.of(), fit.freePlaces()) : fit);
        }
        candidates.sort(java.util.Comparator.comparing((Eligibility.Fit c) -> !c.reasons().isEmpty())
                .thenComparing(c -> -c.freePlaces()).thenComparing(c -> c.member().name()));
        return candidates;
    }

    /**
     * @param overrideReason null for a plain reassignment; a coordinator's reason to take a member that does not fit
     * @throws MemberDoesNotFit when the member does not fit and no override was given, or is suspended
     */
    public Job reassign(String orderId, String memberId, String decidedBy, String overrideReason) {
        Job job = jobs.byOrderId(orderId).orElseThrow(() -> JobNotFound.forOrder(orderId));
        Member member = members.byId(memberId).orElseThrow(() -> new MemberNotFound(memberId));
        if (job.state() == JobState.OFFERED && memberId.equals(job.memberId())) {
            return job;
        }
        if (!job.state().canBecome(JobState.OFFERED)) {
            throw new ForbiddenTransition(job.id(), "reassign", job.state());
        }
        List<Exclusion> unfit = eligibility.unfit(memberId, job.order(), job.refusedBy());
        if (unfit.contains(Exclusion.SUSPENDED) || (!unfit.isEmpty() && overrideReason == null)) {
            throw new MemberDoesNotFit(memberId, unfit);
        }
        Instant now = clock.instant();
        Optional<PlaceKey> previousPlace = job.heldPlace();
        LedgerCorrection givenBack = LedgerCorrection.forHolder(job, LedgerCorrection.Kind.GIVEN_BACK);
        boolean counted = givenBack.kind() == LedgerCorrection.Kind.NONE;
        int capacity = member.capabilityFor(job.order().serviceId()).map(c -> c.dailyCapacity()).orElse(0);
        Contender chosen = new Contender(memberId, member.weightFor(job.order().category()), member.activeSince(),
                capacity);
        DispatchDecision decision = turns.choose(job.order(), job.id(), chosen, job.refusedBy(), decidedBy,
                unfit.isEmpty() ? null : overrideReason, counted, givenBack, now);
        job.offerTo(decision, now, policy.expiresAt(now, job.order().slot()));
        try {
            jobs.update(job);
        } catch (JobChangedConcurrently raced) {
            turns.takeBack(decision, job.order(), job.id(), givenBack);
            throw raced;
        }
        previousPlace.ifPresent(p -> places.giveBack(p, job.id()));
        relay.relay(job);
        return job;
    }
}
