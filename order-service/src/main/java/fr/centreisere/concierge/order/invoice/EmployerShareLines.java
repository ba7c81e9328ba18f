package fr.centreisere.concierge.order.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.order.money.Money;

/**
 * Turns a company's employer shares (VAT included) into invoice lines before VAT, exact to the cent.
 * Per VAT rate: the total share S is split into the amount before VAT N whose EN 16931 VAT (N × rate, rounded
 * half up) gives N + VAT = S; when no N gives S exactly (a rounding jump skips that cent) the nearest N below
 * is taken and the missing cent is the invoice's rounding amount (BT-114), so the amount due is S. N is then
 * shared among the rate's lines in proportion to their shares, largest remainders first, so the lines add up
 * to N.
 */
final class EmployerShareLines {

    /** One order's employer share (VAT included) and what the line says. */
    record Share(String reference, String description, java.time.LocalDate date, BigDecimal vatRatePercent,
            Money share) {
    }

    record Split(List<InvoiceLine> lines, Money rounding) {
    }

    private EmployerShareLines() {
    }

    static Split of(List<Share> shares) {
        Map<BigDecimal, List<Share>> byRate = new LinkedHashMap<>();
        shares.stream().sorted(Comparator.comparing(Share::date).thenComparing(Share::reference))
                .forEach(s -> byRate.computeIfAbsent(s.vatRatePercent().stripTrailingZeros(), r -> new ArrayList<>()).add(s));
        List<InvoiceLine> lines = new ArrayList<>();
        Money rounding = Money.ZERO;
        for (Map.Entry<BigDecimal, List<Share>> rate : byRate.entrySet()) {
            Money gross = rate.getValue().stream().map(Share::share).reduce(Money.ZERO, Money::plus);
            Money net = netOf(gross, rate.getKey());
            rounding = rounding.plus(gross.minus(net.plus(net.percent(rate.getKey()))));
            lines.addAll(allocate(rate.getValue(), net, gross));
        }
        lines.sort(Comparator.comparing(InvoiceLine::date).thenComparing(InvoiceLine::reference));
        return new Split(List.copyOf(lines), rounding);
    }

    /** The largest N with N + round(N × rate) ≤ gross: exact whenever some N reaches gross. */
    static Money netOf(Money gross, BigDecimal ratePercent) {
        BigDecimal factor = BigDecimal.ONE.add(ratePercent.movePointLeft(2));
        long n = BigDecimal.valueOf(gross.cents()).divide(factor, 0, RoundingMode.HALF_UP).longValueExact() + 2;
        while (n > 0 && Money.ofCents(n).plus(Money.ofCents(n).percent(ratePercent)).compareTo(gross) > 0) {
            n--;
        }
        return Money.ofCents(Math.max(n, 0));
    }

    private static List<InvoiceLine> allocate(List<Share> shares, Money net, Money gross) {
        long[] parts = new long[shares.size()];
        long[][] remainders = new long[shares.size()][2];
        long given = 0;
        for (int i = 0; i < shares.size(); i++) {
            long numerator = Math.multiplyExact(shares.get(i).share().cents(), net.cents());
            parts[i] = gross.cents() == 0 ? 0 : numerator / gross.cents();
            remainders[i][0] = gross.cents() == 0 ? 0 : numerator % gross.cents();
            remainders[i][1] = i;
            given += parts[i];
        }
        java.util.Arrays.sort(remainders, (a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        for (int k = 0; given < net.cents(); k++, given++) {
            parts[(int) remainders[k % parts.length][1]]++;
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            lines.add(new InvoiceLine(s.reference(), s.description(), s.date(), s.vatRatePercent(),
                    Money.ofCents(parts[i]), s.share()));
        }
        return lines;
    }
}
