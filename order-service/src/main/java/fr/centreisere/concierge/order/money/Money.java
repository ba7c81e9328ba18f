package fr.centreisere.concierge.order.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of euros in integer cents; never a double. Percentages round half up to the cent. */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    /** {@code percent} % of this amount, rounded half up to the cent (e.g. 5.5 % of 1 234 c = 68 c). */
    public Money percent(BigDecimal percent) {
        BigDecimal share = BigDecimal.valueOf(cents).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP);
        return new Money(share.longValueExact());
    }

    public boolean isNegative() {
        return cents < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return "%d.%02d €".formatted(cents / 100, Math.abs(cents % 100));
    }
}
