package fr.centreisere.concierge.order.report;

import java.time.Clock;
import java.time.LocalDate;

import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.i18n.LocalizedException;
import org.jspecify.annotations.Nullable;

/**
 * Slot days from {@code from} to {@code to}, both included. Missing bounds default to the current month
 * of the territory (Europe/Paris): from its first day to its last.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a report covers: a little more than a year, so that a year compares with the last. */
    public static final int MAX_DAYS = 400;

    public Period {
        if (to.isBefore(from)) {
            throw new InvalidPeriod("period.ends-before-start");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidPeriod("period.too-long", MAX_DAYS);
        }
    }

    public static Period of(@Nullable LocalDate from, @Nullable LocalDate to, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(Slot.TERRITORY_ZONE));
        LocalDate start = from != null ? from : to != null ? to.withDayOfMonth(1) : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : from != null ? start.withDayOfMonth(start.lengthOfMonth())
                : today.withDayOfMonth(today.lengthOfMonth());
        return new Period(start, end);
    }

    /** A period that ends before it starts, or is too long: a bad filter (400 on {@code to}). */
    public static class InvalidPeriod extends LocalizedException {
        public InvalidPeriod(String code, Object... args) {
            super(code, args);
        }
    }
}
