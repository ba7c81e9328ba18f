package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * After a decline or an expiry (the job is DECLINED or EXPIRED in memory), offers the job to the next
 * member of the stored ranking that is still eligible now, or gives up (UNASSIGNED); then writes the
 * whole move in one conditional update and moves the job in the rotation ledger.
 */
public class OfferToNext {

    private final Jobs jobs;
    private final LedgerBook ledgers;
    private final Eligibility eligibility;
    private final OfferPolicy policy;
    private final Clock clock;

    public OfferToNext(Jobs jobs, LedgerBook ledgers, Eligibility eligibility, OfferPolicy policy, Clock clock) {
        this.jobs = jobs;
        this.ledgers = ledgers;
        this.eligibility = eligibility;
        this.policy = policy;
        this.clock = clock;
    }

    public void moveOn(Job job) {
        Instant now = clock.instant();
        Offer refused = job.currentOffer().orElseThrow();
        Set<String> excluded = job.refusedBy();
        Optional<DispatchDecision> decision = job.rotationDecision();
        Optional<String> next = decision.stream()
                .flatMap(d -> d.candidates().stream())
                .map(RankedCandidate::memberId)
                .filter(member -> eligibility.isEligible(member, job.order(), excluded))
                .findFirst();
        if (next.isPresent()) {
            job.offerTo(next.get(), now, policy.expiresAt(now, job.order().slot()), null);
        } else {
            job.giveUp(now);
        }
        jobs.update(job);
        if (decision.isPresent() && decision.get().winner() != null) {
            String from = refused.manual() ? null : refused.memberId();
            DispatchDecision d = decision.get();
            if (from != null || next.isPresent()) {
                ledgers.change(d.category(), d.month(), l -> l.transfer(from, next.orElse(null), now));
            }
        }
    }
}
