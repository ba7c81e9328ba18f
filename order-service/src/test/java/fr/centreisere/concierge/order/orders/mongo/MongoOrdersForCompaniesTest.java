package fr.centreisere.concierge.order.orders.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.CompanyBilling.CompanyCharge;
import fr.centreisere.concierge.order.orders.CompletedOrder;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.OrderRequest;
import fr.centreisere.concierge.order.orders.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What a company's statement reads: its completed orders, by completion instant, through the driver. */
@DataMongoTest
@Import({ MongoOrders.class, DueSets.class })
class MongoOrdersForCompaniesTest {

    static final Instant DECEMBER = Instant.parse("2026-11-30T23:00:00Z"); // 1 December 00:00 in Paris
    static final Instant JANUARY = Instant.parse("2026-12-31T23:00:00Z");

    @Autowired
    MongoOrders orders;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), OrderDocument.class);
    }

    @Test
    void completedOrdersOfTheCompanyInTheMonthAtMidnightParisTime() {
        orders.insert(completed("ord-nov", "cmp-a", DECEMBER.minusSeconds(1)));
        orders.insert(completed("ord-dec-first", "cmp-a", DECEMBER));
        orders.insert(completed("ord-dec-last", "cmp-a", JANUARY.minusSeconds(1)));
        orders.insert(completed("ord-jan", "cmp-a", JANUARY));
        orders.insert(completed("ord-other-company", "cmp-b", DECEMBER.plusSeconds(3_600)));
        Order cancelled = placed("ord-cancelled", "cmp-a");
        cancelled.cancel(OrderFixtures.COORDINATOR, null, DECEMBER.plusSeconds(60));
        orders.insert(cancelled);

        assertThat(orders.completedForCompany("cmp-a", DECEMBER, JANUARY)).extracting(Order::id)
                .containsExactlyInAnyOrder("ord-dec-first", "ord-dec-last");
    }

    @Test
    void theMonthsBilledLinesCarryWhatTheInvoicesNeedAndNothingElse() {
        Order billed = orders.insert(completed("ord-dec", "cmp-a", DECEMBER.plusSeconds(7_200)));
        orders.insert(completed("ord-nov", "cmp-a", DECEMBER.minusSeconds(1)));
        orders.insert(placed("ord-placed", "cmp-a"));

        assertThat(orders.completedBetween(DECEMBER, JANUARY)).containsExactly(new CompletedOrder(billed.number(),
                billed.serviceTitle().fr(), "cmp-a", OrderFixtures.MEMBER, billed.price().vatRatePercent(),
                billed.price().employerShare(), billed.price().commission(), DECEMBER.plusSeconds(7_200)));
        assertThat(orders.anyCompletedBetween(DECEMBER, JANUARY)).isTrue();
        assertThat(orders.anyCompletedBetween(JANUARY, JANUARY.plusSeconds(86_400))).isFalse();
    }

    static Order placed(String id, String companyId) {
        OrderRequest request = new OrderRequest("svc-reparation-velo", 2, "38563", new Address("1 rue", null, "38500"),
                new Slot(LocalDate.of(2026, 12, 4), LocalTime.of(14, 0), LocalTime.of(16, 0)), null, null,
                Billing.COMPANY);
        return Order.place(id, "CI-2026-" + id, new Customer("usr-1", "Employé"), request, "key-" + id,
                OrderFixtures.offer(), new CompanyCharge(companyId, Money.ofCents(1_000)), OrderFixtures.NOW);
    }

    static Order completed(String id, String companyId, Instant at) {
        Order order = placed(id, companyId);
        order.apply(OrderFixtures.event(id + ":1", JobEventType.ACCEPTED, OrderFixtures.MEMBER, at.minusSeconds(60)), at);
        order.apply(OrderFixtures.event(id + ":2", JobEventType.IN_PROGRESS, OrderFixtures.MEMBER, at.minusSeconds(30)), at);
        order.apply(OrderFixtures.event(id + ":3", JobEventType.DONE, OrderFixtures.MEMBER, at), at);
        return order;
    }
}
