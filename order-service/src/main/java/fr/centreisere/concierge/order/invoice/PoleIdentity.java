package fr.centreisere.concierge.order.invoice;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The pole as the seller of every invoice (configuration {@code concierge.pole.*}): its legal identity, its
 * payment terms and the VAT rate of its own service (the commission it bills member structures).
 */
public record PoleIdentity(Party party, PaymentTerms terms, BigDecimal commissionVatRatePercent) {

    public PoleIdentity {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(commissionVatRatePercent, "commissionVatRatePercent");
    }
}
