package fr.centreisere.concierge.order.orders;

import java.math.BigDecimal;

import fr.centreisere.concierge.order.money.Money;

/**
 * What an order costs and who gets what, fixed when it is placed: subtotal = unit price × quantity;
 * VAT = subtotal × rate, rounded half up to the cent; total = subtotal + VAT; the pole's commission =
 * its category rate of the subtotal (before VAT), rounded half up. Billing {@code PERSONAL}: the
 * customer pays the whole total.
 */
public record PriceBreakdown(Money unitPrice, int quantity, Money subtotal, BigDecimal vatRatePercent, Money vat,
        Money total, Money employerShare, Money customerShare, BigDecimal commissionRatePercent, Money commission) {

    public static PriceBreakdown personal(Money unitPrice, int quantity, BigDecimal vatRatePercent,
            BigDecimal commissionRatePercent) {
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("a negative unit price: " + unitPrice);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("a quantity below 1: " + quantity);
        }
        Money subtotal = unitPrice.times(quantity);
        Money vat = subtotal.percent(vatRatePercent);
        Money total = subtotal.plus(vat);
        Money commission = subtotal.percent(commissionRatePercent);
        return new PriceBreakdown(unitPrice, quantity, subtotal, vatRatePercent, vat, total, Money.ZERO, total,
                commissionRatePercent, commission);
    }

    /** What the member structure receives: the subtotal less the pole's commission. */
    public Money memberPayout() {
        return subtotal.minus(commission);
    }
}
