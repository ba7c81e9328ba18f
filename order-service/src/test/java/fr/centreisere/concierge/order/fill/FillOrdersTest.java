package fr.centreisere.concierge.order.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.order.company.Allowances;
import fr.centreisere.concierge.order.company.BillEmployer;
import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Employees;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Caller;
import fr.centreisere.concierge.order.orders.FindOrders;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.platform.fill.FillPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * order-service's part of ./concierge fill, run into the test store with a plan of 200 orders as
 * provider-service's part makes it (src/test/resources/fill, written by provider-service's FillProviderTest):
 * the orders are what « Mes commandes » and the company statements read, in the state their jobs say.
 */
@SpringBootTest(classes = FillApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "concierge.fill.plan=src/test/resources/fill/plan-200.jsonl.gz",
        "concierge.fill.catalog-seed=../catalog-service/src/main/resources/seed" })
@ActiveProfiles({ "demo", "fill" })
class FillOrdersTest {

    private static final Path PLAN = Path.of("src/test/resources/fill/plan-200.jsonl.gz");

    @Autowired
    FillOrders fill;
    @Autowired
    Orders orders;
    @Autowired
    Employees employees;
    @Autowired
    Allowances allowances;
    @Autowired
    Companies companies;

    @Test
    void theOrdersAreWhatTheResidentsAndTheCompaniesRead() {
        FillPlan plan = FillPlan.read(PLAN);
        FillOrders.Written written = fill.fill();
        assertThat(written.orders()).isEqualTo(200);

        FindOrders find = new FindOrders(orders);
        Map<String, List<FillPlan.PlannedOrder>> byCustomer = new HashMap<>();
        plan.orders().forEach(o -> byCustomer.computeIfAbsent(o.customerUserId(), c -> new java.util.ArrayList<>()).add(o));
        for (FillPlan.Resident resident : plan.residents()) {
            List<FillPlan.PlannedOrder> own = byCustomer.getOrDefault(resident.userId(), List.of());
            var page = find.page(Caller.resident(resident.userId(), resident.displayName()),
                    new OrderQuery(null, null, null, null, null, null, false), 0, 100);
            // « Mes commandes »: exactly the resident's orders, newest first
            assertThat(page.totalElements()).isEqualTo(own.size());
            assertThat(page.content()).extracting(Order::id).containsExactlyInAnyOrderElementsOf(
                    own.stream().map(FillPlan.PlannedOrder::orderId).toList());
            assertThat(page.content()).isSortedAccordingTo(Order.NEWEST_FIRST);
            if (resident.companyId() != null) {
                assertThat(employees.find(resident.companyId(), resident.userId()).orElseThrow().approved()).isTrue();
            }
        }

        Map<String, Long> shares = new HashMap<>();
        for (FillPlan.PlannedOrder planned : plan.orders()) {
            Order order = orders.find(planned.orderId()).orElseThrow();
            assertThat(order.state()).as(planned.orderId()).isEqualTo(expectedState(planned));
            assertThat(order.jobId()).isEqualTo(planned.events().isEmpty() ? null : "job-" + planned.orderId());
            // only a dispatch that has not left yet waits in an outbox; every notification was delivered
            assertThat(order.hasUnsentMessages()).isEqualTo(expectedState(planned) == OrderState.PLACED);
            assertThat(order.notifications()).allMatch(m -> m.settled());
            if (planned.companyId() != null && order.state() != OrderState.CANCELLED) {
                shares.merge(planned.companyId() + "|" + planned.customerUserId() + "|"
                        + BillEmployer.capMonth(planned.createdAt()), order.price().employerShare().cents(), Long::sum);
            }
        }
        assertThat(plan.orders()).extracting(FillOrdersTest::expectedState).contains(OrderState.COMPLETED,
                OrderState.CANCELLED, OrderState.ASSIGNED, OrderState.DISPATCHING, OrderState.PLACED);
        // the employers' shares are what the allowances hold, never more than the cap
        assertThat(shares).isNotEmpty();
        shares.forEach((key, cents) -> {
            String[] k = key.split("\\|");
            Money used = allowances.used(k[0], k[1], java.time.YearMonth.parse(k[2]));
            assertThat(used.cents()).as(key).isEqualTo(cents);
            assertThat(used.cents()).isLessThanOrEqualTo(
                    companies.find(k[0]).orElseThrow().contract().monthlyCapPerEmployee().cents());
        });
    }

    static OrderState expectedState(FillPlan.PlannedOrder planned) {
        if (planned.cancelledAt() != null) {
            return OrderState.CANCELLED;
        }
        if (planned.events().isEmpty()) {
            return OrderState.PLACED;
        }
        return switch (planned.events().get(planned.events().size() - 1).type()) {
            case "OFFERED" -> OrderState.DISPATCHING;
            case "ACCEPTED" -> OrderState.ASSIGNED;
            case "IN_PROGRESS" -> OrderState.IN_PROGRESS;
            case "DONE" -> OrderState.COMPLETED;
            default -> OrderState.UNASSIGNED;
        };
    }
}
