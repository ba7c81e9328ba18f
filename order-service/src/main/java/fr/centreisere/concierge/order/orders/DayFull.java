package fr.centreisere.concierge.order.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * No member has a free place on the slot's day (409, {@code code: DAY_FULL}): nothing is stored.
 * {@code nextAvailableDates} are up to five later days with room that the order could take.
 */
public class DayFull extends RuntimeException {

    private final LocalDate day;
    private final List<LocalDate> nextAvailableDates;

    public DayFull(LocalDate day, List<LocalDate> nextAvailableDates) {
        super(message(day, nextAvailableDates));
        this.day = day;
        this.nextAvailableDates = List.copyOf(nextAvailableDates);
    }

    public LocalDate day() {
        return day;
    }

    public List<LocalDate> nextAvailableDates() {
        return nextAvailableDates;
    }

    private static String message(LocalDate day, List<LocalDate> next) {
        String full = "Plus aucune place le %s pour ce service dans cette commune. ".formatted(day);
        String fullEn = "No place is left on %s for this service in this commune.".formatted(day);
        if (next.isEmpty()) {
            return full + "Aucun jour libre dans les semaines qui suivent. / " + fullEn
                    + " No free day in the following weeks.";
        }
        String days = next.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        return full + "Prochains jours libres : " + days + ". / " + fullEn + " Next free days: " + days + ".";
    }
}
