package fr.centreisere.concierge.order.company;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.CompanyBilling.CompanyCharge;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.OrderRequest;
import fr.centreisere.concierge.order.orders.Slot;

/** Orders billed to a company, taken through their life by job events at the instants a test chooses. */
final class CompanyOrders {

    private CompanyOrders() {
    }

    /** A bike repair of 2 h (60.00 € with VAT) placed on 2 December 2026, the employer paying {@code share}. */
    static Order placed(String id, String number, String userId, long shareCents) {
        OrderRequest request = new OrderRequest("svc-reparation-velo", 2, "38563",
                new Address("27 boulevard Edgar Kofler", null, "38500"),
                new Slot(LocalDate.of(2026, 12, 4), LocalTime.of(14, 0), LocalTime.of(16, 0)), null, null,
                Billing.COMPANY);
        return Order.place(id, number, new Customer(userId, "Employé " + userId), request, "key-" + id,
                OrderFixtures.offer(), new CompanyCharge(CompanyFixtures.COMPANY, Money.ofCents(shareCents)),
                OrderFixtures.NOW);
    }

    static Order completed(String id, String number, String userId, long shareCents, Instant completedAt) {
        Order order = placed(id, number, userId, shareCents);
        order.apply(OrderFixtures.event(id + ":1", JobEventType.ACCEPTED, OrderFixtures.MEMBER,
                completedAt.minusSeconds(7_200)), completedAt);
        order.apply(OrderFixtures.event(id + ":2", JobEventType.IN_PROGRESS, OrderFixtures.MEMBER,
                completedAt.minusSeconds(3_600)), completedAt);
        order.apply(OrderFixtures.event(id + ":3", JobEventType.DONE, OrderFixtures.MEMBER, completedAt), completedAt);
        return order;
    }
}
