package fr.centreisere.concierge.provider.member;

import fr.centreisere.concierge.platform.i18n.LocalizedException;
import java.time.Clock;
import java.util.Map;

/** A coordinator adds a member structure to the pole. */
public class RegisterMember {

    private final Members members;
    private final Clock clock;

    public RegisterMember(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public Member register(Caller caller, String id, Member.Profile profile, boolean active, Map<String, Integer> weights) {
        caller.requireCoordinator();
        Member member = Member.register(id, profile, active, weights, clock.instant());
        if (!members.insertIfAbsent(member)) {
            throw new MemberAlreadyExists(id);
        }
        return member;
    }

    /** A member with that id exists already (answered with 409). */
    public static class MemberAlreadyExists extends LocalizedException {
        public MemberAlreadyExists(String id) {
            super("member.already-exists", id);
        }
    }
}
