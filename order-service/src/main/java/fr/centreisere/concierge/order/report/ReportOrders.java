package fr.centreisere.concierge.order.report;

import java.time.Clock;

import fr.centreisere.concierge.order.orders.ActionNotAllowed;
import fr.centreisere.concierge.order.orders.Caller;
import fr.centreisere.concierge.order.orders.OrderQuery;

/**
 * Coordinators read a period's numbers; the period bounds the slot days of the query, every other filter
 * stays as asked, so that the list {@code GET /api/orders} with the same filters counts the same orders.
 */
public class ReportOrders {

    private final OrderTallies tallies;
    private final Clock clock;

    public ReportOrders(OrderTallies tallies, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
    }

    /**
     * @throws ActionNotAllowed when the caller is not a coordinator
     * @throws Period.InvalidPeriod when the period ends before it starts or is too long
     */
    public OrderReport of(Caller caller, OrderQuery asked) {
        if (!caller.coordinator()) {
            throw new ActionNotAllowed("report.coordinators-only");
        }
        Period period = Period.of(asked.from(), asked.to(), clock);
        OrderQuery query = new OrderQuery(null, asked.state(), asked.communeInsee(), asked.category(), asked.memberId(),
                asked.companyId(), period.from(), period.to(), false);
        return new OrderReport(period, query, tallies.count(query));
    }
}
