package fr.centreisere.concierge.provider.member;

import java.util.List;
import java.util.Set;

/** A coordinator, or the member's own staff, states what the member can do, where, and how much a day. */
public class ReplaceCapabilities {

    private final Members members;
    private final Set<String> knownCommunes;

    public ReplaceCapabilities(Members members, Set<String> knownCommunes) {
        this.members = members;
        this.knownCommunes = Set.copyOf(knownCommunes);
    }

    public Member replace(Caller caller, String memberId, List<Capability> capabilities) {
        if (!caller.mayManage(memberId)) {
            // another member's staff: as if it did not exist
            throw new MemberNotFound(memberId);
        }
        for (Capability capability : capabilities) {
            for (String commune : capability.communes()) {
                if (!knownCommunes.contains(commune)) {
                    throw new InvalidMember("commune hors du territoire / commune outside the territory: " + commune);
                }
            }
        }
        Member member = members.get(memberId);
        member.replaceCapabilities(capabilities);
        members.update(member);
        return member;
    }
}
