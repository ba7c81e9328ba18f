package fr.centreisere.concierge.order.orders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** When the service is wanted: a day and a time window, local to the territory (Europe/Paris). */
public record Slot(LocalDate date, LocalTime from, LocalTime to) {

    public static final ZoneId TERRITORY_ZONE = ZoneId.of("Europe/Paris");

    public Slot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new OrderRefused("order.slot.ends-before-start");
        }
    }

    public ZonedDateTime start() {
        return ZonedDateTime.of(date, from, TERRITORY_ZONE);
    }

    /** Whether both times are {@code HH:mm} on a quarter hour (10:00, 10:15…): what provider-service accepts. */
    public boolean onQuarterHours() {
        return onQuarterHour(from) && onQuarterHour(to);
    }

    public static boolean onQuarterHour(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % 15 == 0;
    }

    /** As the API and provider-service write it: {@code 2026-12-04 14:00–16:00}. */
    @Override
    public String toString() {
        return date + " " + from + "–" + to;
    }
}
