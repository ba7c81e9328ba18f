package fr.centreisere.concierge.order.company;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.PriceBreakdown;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import fr.centreisere.concierge.order.orders.Slot;
import org.jspecify.annotations.Nullable;

/**
 * A company's monthly statement: every order billed to it and completed in that month (Europe/Paris,
 * by completion date), oldest first, with HT / TVA / TTC per line and the totals, which are the sums of
 * the lines (per VAT rate too: each line's VAT is rounded once, when the order is placed, and never again);
 * and apart, the month's commitments: its orders whose slot falls in the month, placed or under way, not yet
 * completed (what the employer will owe if they are done; a cancelled order is no commitment).
 */
public record Statement(String companyId, String companyName, YearMonth month, List<Line> lines,
        List<Commitment> commitments) {

    /** One completed order: who, what, when, and who pays what. */
    public record Line(String orderId, String orderNumber, String employeeUserId, String employeeName,
            @Nullable String employeeEmail, String serviceId, ServiceTitle serviceTitle, String category,
            LocalDate date, Instant completedAt, Money total, Money employerShare, Money employeeShare,
            Money subtotal, BigDecimal vatRatePercent, Money vat) {
    }

    /** One order of the month not yet completed: its state and slot day, and what it will cost once done. */
    public record Commitment(String orderId, String orderNumber, String employeeUserId, String employeeName,
            ServiceTitle serviceTitle, String category, OrderState state, LocalDate slotDate, Money subtotal,
            BigDecimal vatRatePercent, Money vat, Money total, Money employerShare, Money employeeShare) {
    }

    /** What the lines at one VAT rate add up to. */
    public record VatTotal(BigDecimal ratePercent, Money subtotal, Money vat, Money total) {

        VatTotal plus(Money lineSubtotal, Money lineVat, Money lineTotal) {
            return new VatTotal(ratePercent, subtotal.plus(lineSubtotal), vat.plus(lineVat), total.plus(lineTotal));
        }
    }

    public Statement {
        lines = lines.stream().sorted(Comparator.comparing(Line::completedAt).thenComparing(Line::orderNumber)).toList();
        commitments = commitments.stream()
                .sorted(Comparator.comparing(Commitment::slotDate).thenComparing(Commitment::orderNumber)).toList();
    }

    /** A statement without commitments (before issue 16, and for tests of the lines alone). */
    public Statement(String companyId, String companyName, YearMonth month, List<Line> lines) {
        this(companyId, companyName, month, lines, List.of());
    }

    /** The first instant of that month in Paris, and the first of the next: {@code [from, to)}. */
    public static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(Slot.TERRITORY_ZONE).toInstant();
    }

    /** The line of a completed order; nothing for an order not completed (a cancelled order never counts). */
    public static Optional<Line> lineOf(Order order, @Nullable String employeeEmail) {
        if (order.state() != OrderState.COMPLETED) {
            return Optional.empty();
        }
        PriceBreakdown price = order.price();
        return order.history().stream().filter(entry -> entry.state() == OrderState.COMPLETED)
                .map(HistoryEntry::at).findFirst()
                .map(completedAt -> new Line(order.id(), order.number(), order.customer().userId(),
                        order.customer().displayName(), employeeEmail, order.serviceId(), order.serviceTitle(),
                        order.category(), completedAt.atZone(Slot.TERRITORY_ZONE).toLocalDate(), completedAt,
                        price.total(), price.employerShare(), price.customerShare(), price.subtotal(),
                        price.vatRatePercent(), price.vat()));
    }

    /** The commitment of an order placed or under way; nothing for a completed or cancelled one. */
    public static Optional<Commitment> commitmentOf(Order order) {
        if (order.state().isFinal()) {
            return Optional.empty();
        }
        PriceBreakdown price = order.price();
        return Optional.of(new Commitment(order.id(), order.number(), order.customer().userId(),
                order.customer().displayName(), order.serviceTitle(), order.category(), order.state(),
                order.slot().date(), price.subtotal(), price.vatRatePercent(), price.vat(), price.total(),
                price.employerShare(), price.customerShare()));
    }

    public Money subtotal() {
        return sum(lines, Line::subtotal);
    }

    public Money vat() {
        return sum(lines, Line::vat);
    }

    public Money total() {
        return sum(lines, Line::total);
    }

    public Money employerTotal() {
        return sum(lines, Line::employerShare);
    }

    public Money employeeTotal() {
        return sum(lines, Line::employeeShare);
    }

    /** The lines' totals by VAT rate, lowest rate first ({@code 20} and {@code 20.00} are one rate). */
    public List<VatTotal> vatTotals() {
        Map<BigDecimal, VatTotal> byRate = new TreeMap<>();
        for (Line line : lines) {
            BigDecimal rate = normalised(line.vatRatePercent());
            byRate.put(rate, byRate.getOrDefault(rate, new VatTotal(rate, Money.ZERO, Money.ZERO, Money.ZERO))
                    .plus(line.subtotal(), line.vat(), line.total()));
        }
        return List.copyOf(byRate.values());
    }

    public Money commitmentsSubtotal() {
        return sum(commitments, Commitment::subtotal);
    }

    public Money commitmentsVat() {
        return sum(commitments, Commitment::vat);
    }

    public Money commitmentsTotal() {
        return sum(commitments, Commitment::total);
    }

    public Money commitmentsEmployerTotal() {
        return sum(commitments, Commitment::employerShare);
    }

    public Money commitmentsEmployeeTotal() {
        return sum(commitments, Commitment::employeeShare);
    }

    private static <T> Money sum(List<T> items, Function<T, Money> amount) {
        return items.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }

    private static BigDecimal normalised(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
