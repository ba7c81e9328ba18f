package fr.centreisere.concierge.order.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.order.availability.Availability;
import fr.centreisere.concierge.order.availability.AvailabilityUnknown;

/**
 * Whether the slot's day has room, asked of provider-service before an order is placed or moved (issue 11):
 * a day without a free place is {@link DayFull}, with the next days that have some. When provider-service
 * does not answer, the order goes ahead as before (the dispatch decides, and says {@code DAY_FULL} later).
 */
final class RoomOnTheDay {

    /** Days with room offered instead of a full one. */
    static final int NEXT_DAYS = 5;

    private final Availability availability;

    RoomOnTheDay(Availability availability) {
        this.availability = availability;
    }

    /**
     * The next days with room for the order's service and commune, from tomorrow (Europe/Paris) on and
     * not its own day: what the customer of an unassigned order is offered. Nothing when provider-service
     * does not answer.
     */
    List<LocalDate> nextDaysWithRoom(Order order, Instant now) {
        LocalDate tomorrow = now.atZone(Slot.TERRITORY_ZONE).toLocalDate().plusDays(1);
        LocalDate from = order.slot().date().isAfter(tomorrow) ? order.slot().date() : tomorrow;
        try {
            return availability.freePlaces(order.serviceId(), order.communeInsee(), from, Availability.MAX_DAYS)
                    .stream().filter(day -> day.freePlaces() > 0).map(Availability.FreeDay::date)
                    .filter(date -> !date.equals(order.slot().date()) && !date.isAfter(Order.lastBookableDay(now)))
                    .sorted().limit(NEXT_DAYS).toList();
        } catch (RuntimeException unknown) {
            return List.of(); // AvailabilityUnknown, or anything else: the notification goes without dates
        }
    }

    /** @throws DayFull when provider-service says the slot's day has no free place */
    void check(String serviceId, String communeInsee, Slot slot, int leadTimeHours, Instant now) {
        List<Availability.FreeDay> days;
        try {
            days = availability.freePlaces(serviceId, communeInsee, slot.date(), Availability.MAX_DAYS);
        } catch (AvailabilityUnknown unknown) {
            return; // accepted as before issue 11: the adapter logged it
        }
        Optional<Availability.FreeDay> asked = days.stream().filter(day -> day.date().equals(slot.date())).findFirst();
        if (asked.isEmpty() || asked.get().freePlaces() > 0) {
            return;
        }
        LocalDate earliest = now.plus(Duration.ofHours(leadTimeHours)).atZone(Slot.TERRITORY_ZONE).toLocalDate();
        LocalDate last = Order.lastBookableDay(now);
        List<LocalDate> next = days.stream()
                .filter(day -> day.freePlaces() > 0)
                .map(Availability.FreeDay::date)
                .filter(date -> date.isAfter(slot.date()) && !date.isBefore(earliest) && !date.isAfter(last))
                .sorted().limit(NEXT_DAYS).toList();
        throw new DayFull(slot.date(), next);
    }
}
