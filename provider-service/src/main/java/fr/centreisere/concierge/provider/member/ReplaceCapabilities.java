package fr.centreisere.concierge.provider.member;

import fr.centreisere.concierge.platform.i18n.LocalizedException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A coordinator, or the member's own staff, states what the member can do, where, and how much a day:
 * all its capabilities at once ({@link #replace}), or one at a time ({@link #put}, {@link #remove}).
 * Every service not already among the member's capabilities is asked of the catalog first; one it
 * does not know refuses the whole change (422) and a catalog that does not answer refuses it too
 * (503): nothing is changed either way.
 */
public class ReplaceCapabilities {

    private final Members members;
    private final Set<String> knownCommunes;
    private final CatalogServices catalog;

    public ReplaceCapabilities(Members members, Set<String> knownCommunes, CatalogServices catalog) {
        this.members = members;
        this.knownCommunes = Set.copyOf(knownCommunes);
        this.catalog = catalog;
    }

    public Member replace(Caller caller, String memberId, List<Capability> capabilities) {
        Member member = manageable(caller, memberId);
        check(member, capabilities);
        member.replaceCapabilities(capabilities);
        members.update(member);
        return member;
    }

    /** Adds the member's capability for this service, or replaces the one it has; the others stay as they are. */
    public Member put(Caller caller, String memberId, Capability capability) {
        Member member = manageable(caller, memberId);
        check(member, List.of(capability));
        List<Capability> next = new ArrayList<>();
        boolean replaced = false;
        for (Capability held : member.capabilities()) {
            if (held.serviceId().equals(capability.serviceId())) {
                next.add(capability);
                replaced = true;
            } else {
                next.add(held);
            }
        }
        if (!replaced) {
            next.add(capability);
        }
        member.replaceCapabilities(next);
        members.update(member);
        return member;
    }

    /** Removes the member's capability for this service; one it does not have is a 404. */
    public Member remove(Caller caller, String memberId, String serviceId) {
        Member member = manageable(caller, memberId);
        if (member.capabilityFor(serviceId).isEmpty()) {
            throw new CapabilityNotFound(memberId, serviceId);
        }
        member.replaceCapabilities(member.capabilities().stream().filter(c -> !c.serviceId().equals(serviceId)).toList());
        members.update(member);
        return member;
    }

    private Member manageable(Caller caller, String memberId) {
        if (!caller.mayManage(memberId)) {
            // another member's staff: as if it did not exist
            throw new MemberNotFound(memberId);
        }
        return members.get(memberId);
    }

    private void check(Member member, List<Capability> capabilities) {
        Set<String> toAsk = new LinkedHashSet<>();
        for (Capability capability : capabilities) {
            for (String commune : capability.communes()) {
                if (!knownCommunes.contains(commune)) {
                    throw new InvalidMember("member.commune-outside-territory", commune);
                }
            }
            if (member.capabilityFor(capability.serviceId()).isEmpty()) {
                toAsk.add(capability.serviceId());
            }
        }
        for (String serviceId : toAsk) {
            if (!catalog.exists(serviceId)) {
                throw new InvalidMember("member.service-unknown-to-catalog", serviceId);
            }
        }
    }

    /** The member has no capability for that service. */
    public static class CapabilityNotFound extends LocalizedException {
        public CapabilityNotFound(String memberId, String serviceId) {
            super("member.capability-not-found", memberId, serviceId);
        }
    }
}
