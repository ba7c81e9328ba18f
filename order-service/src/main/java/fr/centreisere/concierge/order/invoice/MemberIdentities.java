package fr.centreisere.concierge.order.invoice;

import java.util.Optional;

/** The member structures' legal identity, owned by provider-service. */
public interface MemberIdentities {

    /**
     * @return nothing for a member provider-service does not know
     * @throws LegalIdentityUnavailable when it cannot be asked
     */
    Optional<Party> of(String memberId);
}
