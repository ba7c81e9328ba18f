package fr.centreisere.concierge.order.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * The visit sheet of an order for provider-service, asked on behalf of one member: given only when that
 * member holds the order's accepted job (assigned, in progress or completed). Any other member, an offer
 * not yet accepted, a job moved to another member: not found, so the customer's data never reaches a
 * member that has not taken the work.
 */
public class ShowVisit {

    private static final Set<OrderState> HELD = EnumSet.of(OrderState.ASSIGNED, OrderState.IN_PROGRESS,
            OrderState.COMPLETED);

    private final Orders orders;
    private final CompanyBilling companies;

    public ShowVisit(Orders orders, CompanyBilling companies) {
        this.orders = orders;
        this.companies = companies;
    }

    /** @throws OrderNotFound when there is no such order, or that member does not hold its job */
    public Visit forMember(String orderId, String memberId) {
        Order order = orders.find(orderId)
                .filter(o -> HELD.contains(o.state()) && memberId.equals(o.memberId()))
                .orElseThrow(() -> new OrderNotFound(orderId));
        Visit.CompanySite site = order.billing() == Billing.COMPANY && order.companyId() != null
                ? companies.siteAt(order.companyId(), order.address()).orElse(null)
                : null;
        return new Visit(order.id(), order.customer().displayName(), order.phone(), order.address(),
                order.communeInsee(), site, order.notes());
    }
}
