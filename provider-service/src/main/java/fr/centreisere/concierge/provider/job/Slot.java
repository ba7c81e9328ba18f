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

    public Instant start() {
        return date.atTime(from).atZone(TERRITORY).toInstant();
    }
}
