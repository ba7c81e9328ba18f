package fr.centreisere.concierge.provider.member;

import java.time.Clock;
import java.util.Map;

/** A coordinator edits a member's profile, suspends it or brings it back. */
public class UpdateMember {

    private final Members members;
    private final Clock clock;

    public UpdateMember(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public Member update(Caller caller, String id, Member.Profile profile, boolean active, Map<String, Integer> weights) {
        caller.requireCoordinator();
        Member member = members.get(id);
        member.update(profile, active, weights, clock.instant());
        members.update(member);
        return member;
    }
}
