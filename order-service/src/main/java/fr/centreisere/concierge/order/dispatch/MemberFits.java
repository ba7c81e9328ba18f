package fr.centreisere.concierge.order.dispatch;

import java.util.List;

/**
 * Whether a member may take an order's job, as provider-service sees it (issue 11): asked before a
 * coordinator's reassignment.
 */
public interface MemberFits {

    /**
     * @throws NoJobForOrder when provider-service has no job for that order
     * @throws DispatchUnavailable when provider-service does not answer now
     */
    MemberFit check(String orderId, String memberId);

    /**
     * The answer: {@code reasons} are provider-service's codes ({@code SUSPENDED}, {@code NOT_CAPABLE},
     * {@code NOT_COVERED}, {@code DAY_FULL}, {@code ALREADY_REFUSED}, {@code UNKNOWN_MEMBER}).
     */
    record MemberFit(String memberId, boolean fits, List<String> reasons) {
        public MemberFit {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /** provider-service has no job for the order (its dispatch never reached it, or was refused). */
    class NoJobForOrder extends RuntimeException {
        public NoJobForOrder(String orderId) {
            super("provider-service has no job for order " + orderId);
        }
    }
}
