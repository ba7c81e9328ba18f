package fr.centreisere.concierge.order.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import fr.centreisere.concierge.order.orders.Slot;

/** A bilan's period: a calendar year or a month, of completion dates in Europe/Paris, {@code [from, to]} inclusive. */
public record ImpactPeriod(LocalDate from, LocalDate to, String label) {

    public static ImpactPeriod year(Year year) {
        return new ImpactPeriod(year.atDay(1), year.atMonth(12).atEndOfMonth(), year.toString());
    }

    public static ImpactPeriod month(YearMonth month) {
        return new ImpactPeriod(month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    public Instant start() {
        return from.atStartOfDay(Slot.TERRITORY_ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(Slot.TERRITORY_ZONE).toInstant();
    }

    public boolean isYear() {
        return label.length() == 4;
    }
}
