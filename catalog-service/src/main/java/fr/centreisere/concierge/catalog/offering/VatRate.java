package fr.centreisere.concierge.catalog.offering;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The French VAT rates a service can carry. */
public enum VatRate {
    /** not subject to VAT (e.g. an association outside the VAT scope) */
    NONE("0"),
    /** taux réduit: e.g. meals delivered to seniors */
    REDUCED("5.5"),
    /** taux intermédiaire: e.g. services à la personne such as housework or gardening at home */
    INTERMEDIATE("10"),
    /** taux normal */
    STANDARD("20");

    private final BigDecimal percent;

    VatRate(String percent) {
        this.percent = new BigDecimal(percent);
    }

    public BigDecimal percent() {
        return percent;
    }

    public static Optional<VatRate> ofPercent(BigDecimal percent) {
        if (percent == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(rate -> rate.percent.compareTo(percent) == 0).findFirst();
    }
}
