package fr.centreisere.concierge.order.orders;

/** Gives each order a number readable by people and unique within its year: {@code CI-2026-000123}. */
public interface OrderNumbers {

    /** The next sequence number of that year (1, 2, …), atomically: never twice the same. */
    long next(int year);

    static String format(int year, long sequence) {
        return "CI-%d-%06d".formatted(year, sequence);
    }
}
