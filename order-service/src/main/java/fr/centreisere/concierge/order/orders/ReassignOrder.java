package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.util.Set;

import fr.centreisere.concierge.order.dispatch.MemberFits;
import fr.centreisere.concierge.order.dispatch.MemberFits.MemberFit;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator offers an {@code UNASSIGNED} order to a member of their choice, through provider-service
 * (issue 11: a member that fits). provider-service is first asked whether the member fits the job; one
 * that does not is refused ({@link MemberNotFit}) unless the coordinator overrides with a reason, which
 * the history records and provider-service receives. A member that does not exist or is suspended cannot
 * be overridden. provider-service silent: nothing changes (503, the coordinator tries again).
 */
public class ReassignOrder {

    /** Reasons an override cannot lift: provider-service needs the member to exist and be active. */
    static final Set<String> NOT_OVERRIDABLE = Set.of("UNKNOWN_MEMBER", "SUSPENDED");

    private final Orders orders;
    private final MemberFits fits;
    private final SendMessages delivery;
    private final Clock clock;

    public ReassignOrder(Orders orders, MemberFits fits, SendMessages delivery, Clock clock) {
        this.orders = orders;
        this.fits = fits;
        this.delivery = delivery;
        this.clock = clock;
    }

    public Order reassign(Caller caller, String orderId, String memberId) {
        return reassign(caller, orderId, memberId, null);
    }

    /**
     * @param overrideReason the coordinator's reason to give the job to a member that does not fit;
     *                       {@code null} when they did not ask to override
     * @throws MemberNotFit when the member does not fit and no (possible) override was asked
     * @throws fr.centreisere.concierge.order.dispatch.DispatchUnavailable when provider-service does not answer
     */
    public Order reassign(Caller caller, String orderId, String memberId, @Nullable String overrideReason) {
        Order visible = orders.find(orderId).filter(order -> order.isVisibleTo(caller))
                .orElseThrow(() -> new OrderNotFound(orderId));
        visible.checkMayReassign(caller);
        MemberFit fit;
        try {
            fit = fits.check(orderId, memberId);
        } catch (MemberFits.NoJobForOrder noJob) {
            throw new TransitionForbidden("order.reassign.no-job");
        }
        String override = null;
        if (!fit.fits()) {
            boolean overridable = fit.reasons().stream().noneMatch(NOT_OVERRIDABLE::contains);
            if (overrideReason == null || overrideReason.isBlank() || !overridable) {
                throw new MemberNotFit(memberId, fit.reasons(), overridable);
            }
            override = overrideReason.trim();
        }
        String decided = override;
        OrderChanges.change(orders, visible.id(), order -> order.reassign(caller, memberId, decided, clock.instant()));
        delivery.now(orderId);
        return orders.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
    }
}
