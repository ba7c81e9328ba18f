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

    /** What an invoice to the member prints (issue 16); the address fields are null when not given. */
    record LegalIdentity(String memberId, String name, @org.jspecify.annotations.Nullable String siret,
            @org.jspecify.annotations.Nullable String line1, @org.jspecify.annotations.Nullable String line2,
            @org.jspecify.annotations.Nullable String postalCode, @org.jspecify.annotations.Nullable String city,
            @org.jspecify.annotations.Nullable String vatNumber, @org.jspecify.annotations.Nullable String email) {
    }

    /** Suspended members too: a month's jobs are invoiced whatever the member became since. */
    @GetMapping("/internal/members/{memberId}/legal-identity")
    LegalIdentity legalIdentity(@PathVariable String memberId) {
        return members.byId(memberId).map(m -> {
            var a = m.legalAddress();
            return new LegalIdentity(m.id(), m.name(), m.siret(), a == null ? null : a.line1(), a == null ? null : a.line2(),
                    a == null ? null : a.postalCode(), a == null ? null : a.city(), a == null ? null : a.vatNumber(),
                    m.contactEmail());
        }).orElseThrow(() -> new MemberNotFound(memberId));
    }

    @GetMapping("/internal/members/{memberId}")
    MemberReference member(@PathVariable String memberId) {
        return members.byId(memberId).map(m -> new MemberReference(m.id(), m.name(), m.active()))
                .orElseThrow(() -> new MemberNotFound(memberId));
    }
}
