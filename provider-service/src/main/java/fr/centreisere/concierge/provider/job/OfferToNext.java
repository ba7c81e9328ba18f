package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;

/**
 * After a decline or an expiry (the job is DECLINED or EXPIRED in memory): the rotation plays a new
 * turn among the members still eligible (the refusers left out), with the refusal counted as the
 * refuser's turn in the same write; the job is offered to the winner, or rests UNASSIGNED with the
 * reason. The whole move is one conditional update of the job; then the refuser's place is given back.
 */
public class OfferToNext {

    private final Jobs jobs;
    private final Turns turns;
    private final Places places;
    private final OfferPolicy policy;
    private final Clock clock;

    public OfferToNext(Jobs jobs, Turns turns, Places places, OfferPolicy policy, Clock clock) {
        this.jobs = jobs;
        this.turns = turns;
        this.places = places;
        this.policy = policy;
        this.clock = clock;
    }

    public void moveOn(Job job) {
        Instant now = clock.instant();
        Offer refused = job.currentOffer().orElseThrow();
        LedgerCorrection refusal = job.decisionThatOffered(refused.memberId())
                .map(d -> new LedgerCorrection(LedgerCorrection.Kind.REFUSED, d.category(), d.month(), refused.memberId()))
                .orElse(LedgerCorrection.NONE);
        DispatchDecision decision = turns.play(job.order(), job.id(), job.refusedBy(), refusal, now);
        if (decision.winner() != null) {
            job.offerTo(decision, now, policy.expiresAt(now, job.order().slot()));
        } else {
            job.giveUp(decision, UnassignedReason.of(decision, job.offers()), now);
        }
        try {
            jobs.update(job);
        } catch (JobChangedConcurrently raced) {
            turns.takeBack(decision, job.order(), job.id(), refusal);
            throw raced;
        }
        places.giveBack(PlaceKey.of(refused.memberId(), job.order()), job.id());
    }
}
