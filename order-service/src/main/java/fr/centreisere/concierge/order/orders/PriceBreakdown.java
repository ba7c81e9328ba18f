package fr.centreisere.concierge.order.orders;

import java.math.BigDecimal;

import fr.centreisere.concierge.order.money.Money;

/**
 * What an order costs and who gets what, fixed when it is placed: subtotal = unit price × quantity;
 * VAT = subtotal × rate, rounded half up to the cent; total = subtotal + VAT; the pole's commission =
 * its category rate of the subtotal (before VAT), rounded half up. Billing {@code PERSONAL}: the
 * customer pays the whole total; billing {@code COMPANY}: the employer pays its share, the customer the
 * rest ({@code customerShare = total − employerShare}).
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

    /** The same price, the employer paying {@code share} (0 ≤ share ≤ total) and the customer the rest. */
    public PriceBreakdown withEmployerShare(Money share) {
        if (share.isNegative() || share.compareTo(total) > 0) {
            throw new IllegalArgumentException("an employer's share outside 0.." + total + ": " + share);
        }
        return new PriceBreakdown(unitPrice, quantity, subtotal, vatRatePercent, vat, total, share, total.minus(share),
                commissionRatePercent, commission);
    }

    /** What the member structure receives: the subtotal less the pole's commission. */
    public Money memberPayout() {
        return subtotal.minus(commission);
    }
}
