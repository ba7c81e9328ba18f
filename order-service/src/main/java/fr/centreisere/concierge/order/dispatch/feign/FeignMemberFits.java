package fr.centreisere.concierge.order.dispatch.feign;

import feign.FeignException;
import fr.centreisere.concierge.order.dispatch.DispatchUnavailable;
import fr.centreisere.concierge.order.dispatch.MemberFits;
import fr.centreisere.concierge.order.dispatch.feign.ProviderJobClient.FitAnswer;
import org.springframework.stereotype.Component;

/**
 * Whether a member fits an order's job, asked of provider-service through OpenFeign (timeout, circuit
 * breaker). A 404 is {@link NoJobForOrder}; anything else that is not an answer (5xx, another 4xx, a
 * timeout, an open circuit, an answer without {@code fits}) is {@link DispatchUnavailable}: a coordinator's
 * reassignment then waits (503), nothing is changed on a guess.
 */
@Component
class FeignMemberFits implements MemberFits {

    private final ProviderJobClient client;

    FeignMemberFits(ProviderJobClient client) {
        this.client = client;
    }

    @Override
    public MemberFit check(String orderId, String memberId) {
        FitAnswer answer;
        try {
            answer = client.fit(orderId, memberId);
        } catch (RuntimeException e) {
            FeignException.FeignClientException refused = ProviderProblems.clientError(e);
            if (refused != null && refused.status() == 404) {
                throw new NoJobForOrder(orderId);
            }
            throw new DispatchUnavailable("provider-service did not say whether " + memberId + " fits " + orderId, e);
        }
        if (answer == null || answer.fits() == null) {
            throw new DispatchUnavailable("provider-service gave no fit of " + memberId + " for " + orderId, null);
        }
        return new MemberFit(answer.memberId() != null ? answer.memberId() : memberId, answer.fits(),
                answer.reasons());
    }
}
