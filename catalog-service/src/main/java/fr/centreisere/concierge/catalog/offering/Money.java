package fr.centreisere.concierge.catalog.offering;

/** An amount in euro cents. */
public record Money(long cents) {

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public boolean isPositive() {
        return cents > 0;
    }
}
