package fr.centreisere.concierge.order.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Caller;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.Orders;
import org.junit.jupiter.api.Test;

class StatementTest {

    @Test
    void monthsRunFromMidnightToMidnightInParis() {
        assertThat(Statement.startOf(YearMonth.of(2026, 12))).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(Statement.startOf(YearMonth.of(2026, 8))).isEqualTo(Instant.parse("2026-07-31T22:00:00Z"));
    }

    @Test
    void aLineIsDatedByItsCompletionInParis() {
        Order late = CompanyOrders.completed("ord-1", "CI-2026-000001", "usr-1", 3_000,
                Instant.parse("2026-12-31T23:30:00Z"));
        Statement.Line line = Statement.lineOf(late, "e@x.fr").orElseThrow();
        assertThat(line.date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(line.total()).isEqualTo(Money.ofCents(6_000));
        assertThat(line.employerShare()).isEqualTo(Money.ofCents(3_000));
        assertThat(line.employeeShare()).isEqualTo(Money.ofCents(3_000));
    }

    @Test
    void aCancelledOrNotYetCompletedOrderNeverCounts() {
        Order placed = CompanyOrders.placed("ord-1", "CI-2026-000001", "usr-1", 3_000);
        assertThat(Statement.lineOf(placed, null)).isEmpty();
        placed.cancel(Caller.coordinator("usr-coord"), null, Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(placed.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(Statement.lineOf(placed, null)).isEmpty();
    }

    @Test
    void anOrderPlacedOrUnderWayIsACommitmentAndACompletedOrCancelledOneIsNot() {
        Order placed = CompanyOrders.placed("ord-1", "CI-2026-000001", "usr-1", 3_000);
        Statement.Commitment commitment = Statement.commitmentOf(placed).orElseThrow();
        assertThat(commitment.state()).isEqualTo(OrderState.PLACED);
        assertThat(commitment.slotDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(commitment.subtotal().plus(commitment.vat())).isEqualTo(commitment.total());
        assertThat(commitment.employerShare()).isEqualTo(Money.ofCents(3_000));
        assertThat(commitment.employerShare().plus(commitment.employeeShare())).isEqualTo(commitment.total());

        Order completed = CompanyOrders.completed("ord-2", "CI-2026-000002", "usr-1", 3_000,
                Instant.parse("2026-12-04T16:00:00Z"));
        assertThat(Statement.commitmentOf(completed)).isEmpty();
        placed.cancel(Caller.coordinator("usr-coord"), null, Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(Statement.commitmentOf(placed)).isEmpty();
    }

    @Test
    void aLineCarriesItsOrdersHtVatAndTtc() {
        Order order = CompanyOrders.completed("ord-1", "CI-2026-000001", "usr-1", 3_000,
                Instant.parse("2026-12-05T15:00:00Z"));
        Statement.Line line = Statement.lineOf(order, null).orElseThrow();
        assertThat(line.subtotal()).isEqualTo(order.price().subtotal());
        assertThat(line.vat()).isEqualTo(order.price().vat());
        assertThat(line.vatRatePercent()).isEqualByComparingTo(order.price().vatRatePercent());
        assertThat(line.subtotal().plus(line.vat())).isEqualTo(line.total());
    }

    @Test
    void totalsAreTheSumsOfTheLinesSortedByDate() {
        List<Order> orders = List.of(
                CompanyOrders.completed("ord-2", "CI-2026-000002", "usr-2", 2_000, Instant.parse("2026-12-10T15:00:00Z")),
                CompanyOrders.completed("ord-1", "CI-2026-000001", "usr-1", 3_000, Instant.parse("2026-12-05T15:00:00Z")),
                CompanyOrders.completed("ord-3", "CI-2026-000003", "usr-1", 0, Instant.parse("2026-12-20T15:00:00Z")));
        Statement statement = new Statement(CompanyFixtures.COMPANY, "Alpes Numérique", YearMonth.of(2026, 12),
                orders.stream().map(o -> Statement.lineOf(o, null).orElseThrow()).toList());

        assertThat(statement.lines()).extracting(Statement.Line::orderId).containsExactly("ord-1", "ord-2", "ord-3");
        assertThat(statement.employerTotal()).isEqualTo(Money.ofCents(5_000)).isEqualTo(statement.lines().stream()
                .map(Statement.Line::employerShare).reduce(Money.ZERO, Money::plus));
        assertThat(statement.employeeTotal()).isEqualTo(Money.ofCents(13_000));
        assertThat(statement.total()).isEqualTo(statement.employerTotal().plus(statement.employeeTotal()))
                .isEqualTo(Money.ofCents(18_000));
    }

    @Test
    void onlyItsAdminOrACoordinatorReadsAStatement() {
        CompanyFixtures.InMemoryCompanies companies = new CompanyFixtures.InMemoryCompanies();
        companies.insert(CompanyFixtures.company());
        Orders orders = mock(Orders.class);
        given(orders.completedForCompany(eq(CompanyFixtures.COMPANY), any(), any())).willReturn(List.of(
                CompanyOrders.completed("ord-1", "CI-2026-000001", "usr-1", 3_000, Instant.parse("2026-12-05T15:00:00Z"))));
        given(orders.stream(any())).willAnswer(ask -> java.util.stream.Stream.of(
                CompanyOrders.placed("ord-2", "CI-2026-000002", "usr-1", 1_000)));
        ProduceStatement statements = new ProduceStatement(companies, new CompanyFixtures.InMemoryEmployees(), orders);

        CompanyCaller admin = new CompanyCaller("usr-admin", null, null, false, CompanyFixtures.COMPANY);
        CompanyCaller otherAdmin = new CompanyCaller("usr-other", null, null, false, "cmp-other");
        CompanyCaller coordinator = new CompanyCaller("usr-coord", null, null, true, null);
        CompanyCaller employee = CompanyFixtures.employee("usr-1");

        assertThat(statements.of(admin, CompanyFixtures.COMPANY, YearMonth.of(2026, 12)).lines()).hasSize(1);
        assertThat(statements.of(admin, CompanyFixtures.COMPANY, YearMonth.of(2026, 12)).commitments())
                .extracting(Statement.Commitment::orderId).containsExactly("ord-2");
        assertThat(statements.of(coordinator, CompanyFixtures.COMPANY, YearMonth.of(2026, 12)).lines()).hasSize(1);
        assertThatThrownBy(() -> statements.of(otherAdmin, CompanyFixtures.COMPANY, YearMonth.of(2026, 12)))
                .isInstanceOf(CompanyNotFound.class);
        assertThatThrownBy(() -> statements.of(employee, CompanyFixtures.COMPANY, YearMonth.of(2026, 12)))
                .isInstanceOf(CompanyNotFound.class);
    }
}
