package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;

import fr.centreisere.concierge.provider.member.InvalidMember;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/** A coordinator's choice, relayed by order-service: the job is offered to that member outside the rotation. */
public class ReassignDispatch {

    private final Jobs jobs;
    private final Members members;
    private final OfferPolicy policy;
    private final RelayJobEvents relay;
    private final Clock clock;

    public ReassignDispatch(Jobs jobs, Members members, OfferPolicy policy, RelayJobEvents relay, Clock clock) {
        this.jobs = jobs;
        this.members = members;
        this.policy = policy;
        this.relay = relay;
        this.clock = clock;
    }

    public Job reassign(String orderId, String memberId, String decidedBy) {
        Job job = jobs.byOrderId(orderId).orElseThrow(() -> new JobNotFound("order " + orderId));
        Member member = members.get(memberId);
        if (!member.active()) {
            throw new InvalidMember("ce membre est suspendu / this member is suspended: " + memberId);
        }
        if (job.state() == JobState.OFFERED && memberId.equals(job.memberId())) {
            return job;
        }
        Instant now = clock.instant();
        job.offerTo(memberId, now, policy.expiresAt(now, job.order().slot()),
                DispatchDecision.manual(now, job.order().category(), memberId, decidedBy));
        jobs.update(job);
        relay.relay(job);
        return job;
    }
}
