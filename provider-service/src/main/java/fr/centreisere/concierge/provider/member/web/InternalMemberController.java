package fr.centreisere.concierge.provider.member.web;

import fr.centreisere.concierge.provider.member.MemberNotFound;
import fr.centreisere.concierge.provider.member.Members;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a member structure exists (active or suspended), for the gateway binding a member-staff
 * account to it (docs/INTERNAL-API.md): 200 with its id, name and {@code active}; 404 problem
 * otherwise. Internal token only.
 */
@RestController
class InternalMemberController {

    private final Members members;

    InternalMemberController(Members members) {
        this.members = members;
    }

    record MemberReference(String id, String name, boolean active) {
    }

    @GetMapping("/internal/members/{memberId}")
    MemberReference member(@PathVariable String memberId) {
        return members.byId(memberId).map(m -> new MemberReference(m.id(), m.name(), m.active()))
                .orElseThrow(() -> new MemberNotFound(memberId));
    }
}
