package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** When the job is to be done: a day and a time window, local to the territory. */
public record Slot(LocalDate date, LocalTime from, LocalTime to) {

    public static final ZoneId TERRITORY = ZoneId.of("Europe/Paris");

    public Slot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The window's length in hours (a window ending at or before its start is read as crossing midnight). */
    public double hours() {
        long minutes = java.time.Duration.between(from, to).toMinutes();
        return (minutes > 0 ? minutes : minutes + 24 * 60) / 60.0;
    }

    public Instant start() {
        return date.atTime(from).atZone(TERRITORY).toInstant();
    }
}
