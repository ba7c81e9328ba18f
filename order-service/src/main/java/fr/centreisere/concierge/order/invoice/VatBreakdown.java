package fr.centreisere.concierge.order.invoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.centreisere.concierge.order.money.Money;

/**
 * The VAT of one rate, as EN 16931 computes it: the sum of the lines' amounts before VAT at that rate, and
 * that sum × the rate, rounded half up to the cent (BR-CO-17).
 */
public record VatBreakdown(BigDecimal ratePercent, Money taxable, Money vat) {

    /** One breakdown per rate of the lines, lowest rate first. */
    public static List<VatBreakdown> of(List<InvoiceLine> lines) {
        Map<BigDecimal, Money> taxable = new TreeMap<>();
        for (InvoiceLine line : lines) {
            taxable.merge(line.vatRatePercent(), line.net(), Money::plus);
        }
        return taxable.entrySet().stream()
                .map(rate -> new VatBreakdown(rate.getKey(), rate.getValue(), rate.getValue().percent(rate.getKey())))
                .toList();
    }
}
