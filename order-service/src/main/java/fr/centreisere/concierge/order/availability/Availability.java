package fr.centreisere.concierge.order.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * provider-service's availability, as order-service needs it before placing or moving an order: the
 * free places of a service in a commune, day by day, from the same reservations the dispatch uses.
 */
public interface Availability {

    /**
     * The free places of {@code days} days from {@code from} (1 to 60 days).
     *
     * @throws AvailabilityUnknown when provider-service does not answer now (down, slow, circuit open)
     */
    List<FreeDay> freePlaces(String serviceId, String communeInsee, LocalDate from, int days);

    /** Longest span provider-service answers for. */
    int MAX_DAYS = 60;

    /** One day: how many places are left for the service in the commune. */
    record FreeDay(LocalDate date, int freePlaces) {
        public FreeDay {
            Objects.requireNonNull(date, "date");
        }
    }
}
