package fr.centreisere.concierge.order.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/**
 * No member has a free place on the slot's day (409, {@code code: DAY_FULL}): nothing is stored.
 * {@code nextAvailableDates} are up to five later days with room that the order could take.
 */
public class DayFull extends LocalizedException {

    private final LocalDate day;
    private final List<LocalDate> nextAvailableDates;

    public DayFull(LocalDate day, List<LocalDate> nextAvailableDates) {
        super(nextAvailableDates.isEmpty() ? "order.day-full.no-free-day" : "order.day-full.next-free-days", day,
                nextAvailableDates.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        this.day = day;
        this.nextAvailableDates = List.copyOf(nextAvailableDates);
    }

    public LocalDate day() {
        return day;
    }

    public List<LocalDate> nextAvailableDates() {
        return nextAvailableDates;
    }
}
