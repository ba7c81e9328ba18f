package fr.centreisere.concierge.provider.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.WorkReport;
import fr.centreisere.concierge.provider.member.StructureType;

/**
 * A member structure's statement of a month: the jobs it completed in that month (by completion date in
 * Europe/Paris), oldest first, and their totals, which are the sums of the lines. Revenue is the order's
 * subtotal before VAT (what the member is paid for the work, the pole's commission included); the payout is
 * the revenue less the commission. Hours are exact decimals (a report's hours are given to the quarter).
 */
public record MemberStatement(String memberId, String memberName, StructureType structureType, YearMonth month,
        List<Line> lines) {

    /** One job done: what, where, when, the report's hours, and the money. */
    public record Line(String jobId, String orderNumber, String serviceName, String category, String communeName,
            LocalDate slotDate, Instant completedAt, LocalDate completedOn, BigDecimal hoursWorked,
            BigDecimal insertionHours, Money revenue, Money commission) {

        public Money payout() {
            return revenue.minus(commission);
        }

        /** The line of a done job (its report is there); the figures are the report's latest, corrections included. */
        public static Line of(Job job, WorkReport report) {
            return new Line(job.id(), job.order().orderNumber(), job.order().serviceLabel(), job.order().category(),
                    job.order().communeLabel(), job.order().slot().date(), report.completedAt(),
                    report.completedAt().atZone(Slot.TERRITORY).toLocalDate(), hours(report.hoursWorked()),
                    hours(report.insertionHours()), job.order().subtotal(), job.order().commission());
        }
    }

    public MemberStatement {
        lines = lines.stream().sorted(Comparator.comparing(Line::completedAt).thenComparing(Line::jobId)).toList();
    }

    /** The first instant of that month in Paris: a month is {@code [startOf(m), startOf(m + 1))}. */
    public static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(Slot.TERRITORY).toInstant();
    }

    public int jobsDone() {
        return lines.size();
    }

    public BigDecimal hoursWorked() {
        return lines.stream().map(Line::hoursWorked).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal insertionHours() {
        return lines.stream().map(Line::insertionHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Money revenue() {
        return sum(Line::revenue);
    }

    public Money commission() {
        return sum(Line::commission);
    }

    public Money payout() {
        return sum(Line::payout);
    }

    private Money sum(Function<Line, Money> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }

    /** A report's hours as they were typed ({@code 2.5}, not the double's binary expansion). */
    static BigDecimal hours(double hours) {
        BigDecimal exact = BigDecimal.valueOf(hours).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }
}
