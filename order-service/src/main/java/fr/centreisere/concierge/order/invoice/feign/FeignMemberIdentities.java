package fr.centreisere.concierge.order.invoice.feign;

import java.util.Optional;

import fr.centreisere.concierge.order.invoice.LegalIdentityUnavailable;
import fr.centreisere.concierge.order.invoice.MemberIdentities;
import fr.centreisere.concierge.order.invoice.Party;
import fr.centreisere.concierge.order.invoice.feign.MemberIdentityClient.LegalIdentity;

import org.springframework.stereotype.Component;

import feign.FeignException;

/**
 * A member's legal identity for its invoice. 404: provider-service does not know the member (no invoice for
 * it). Anything else that is not a complete answer (5xx, a timeout, an open circuit, an answer without a name
 * or SIRET) is {@link LegalIdentityUnavailable}: the closing stops before issuing anything (503).
 */
@Component
class FeignMemberIdentities implements MemberIdentities {

    private final MemberIdentityClient client;

    FeignMemberIdentities(MemberIdentityClient client) {
        this.client = client;
    }

    @Override
    public Optional<Party> of(String memberId) {
        LegalIdentity answer;
        try {
            answer = client.legalIdentity(memberId);
        } catch (FeignException.NotFound unknown) {
            return Optional.empty();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof FeignException.NotFound) {
                return Optional.empty();
            }
            throw new LegalIdentityUnavailable(memberId, e);
        }
        if (answer == null || answer.name() == null || answer.siret() == null) {
            throw new LegalIdentityUnavailable(memberId, new IllegalStateException("an incomplete legal identity"));
        }
        return Optional.of(new Party(answer.name(), answer.line1() == null ? "" : answer.line1(), answer.line2(),
                answer.postalCode() == null ? "" : answer.postalCode(), answer.city() == null ? "" : answer.city(), "FR",
                answer.siret(), answer.vatNumber(), answer.email()));
    }
}
