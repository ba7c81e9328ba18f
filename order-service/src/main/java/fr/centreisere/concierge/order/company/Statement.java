package fr.centreisere.concierge.order.company;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import fr.centreisere.concierge.order.orders.Slot;
import org.jspecify.annotations.Nullable;

/**
 * A company's monthly statement: every order billed to it and completed in that month (Europe/Paris,
 * by completion date), oldest first, with the totals, which are the sums of the lines.
 */
public record Statement(String companyId, String companyName, YearMonth month, List<Line> lines) {

    /** One completed order: who, what, when, and who pays what. */
    public record Line(String orderId, String orderNumber, String employeeUserId, String employeeName,
            @Nullable String employeeEmail, String serviceId, ServiceTitle serviceTitle, String category,
            LocalDate date, Instant completedAt, Money total, Money employerShare, Money employeeShare) {
    }

    public Statement {
        lines = lines.stream().sorted(Comparator.comparing(Line::completedAt).thenComparing(Line::orderNumber)).toList();
    }

    /** The first instant of that month in Paris, and the first of the next: {@code [from, to)}. */
    public static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(Slot.TERRITORY_ZONE).toInstant();
    }

    /** The line of a completed order; nothing for an order not completed (a cancelled order never counts). */
    public static java.util.Optional<Line> lineOf(Order order, @Nullable String employeeEmail) {
        if (order.state() != OrderState.COMPLETED) {
            return java.util.Optional.empty();
        }
        return order.history().stream().filter(entry -> entry.state() == OrderState.COMPLETED)
                .map(HistoryEntry::at).findFirst()
                .map(completedAt -> new Line(order.id(), order.number(), order.customer().userId(),
                        order.customer().displayName(), employeeEmail, order.serviceId(), order.serviceTitle(),
                        order.category(), completedAt.atZone(Slot.TERRITORY_ZONE).toLocalDate(), completedAt,
                        order.price().total(), order.price().employerShare(), order.price().customerShare()));
    }

    public Money total() {
        return lines.stream().map(Line::total).reduce(Money.ZERO, Money::plus);
    }

    public Money employerTotal() {
        return lines.stream().map(Line::employerShare).reduce(Money.ZERO, Money::plus);
    }

    public Money employeeTotal() {
        return lines.stream().map(Line::employeeShare).reduce(Money.ZERO, Money::plus);
    }
}
