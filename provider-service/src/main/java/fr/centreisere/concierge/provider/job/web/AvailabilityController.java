package fr.centreisere.concierge.provider.job.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.ViewAvailability;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The days with free places for a service in a commune: public (anyone may look before ordering), and
 * the same answer under /internal for order-service, which checks the day before storing an order.
 */
@RestController
class AvailabilityController {

    private final ViewAvailability availability;
    private final Clock clock;

    AvailabilityController(ViewAvailability availability, Clock clock) {
        this.availability = availability;
        this.clock = clock;
    }

    record DayView(LocalDate date, int freePlaces) {
    }

    record AvailabilityView(String serviceId, String communeInsee, List<DayView> days) {
    }

    /**
     * Which days of the coming weeks still have room for a service in a commune (a member covers it and has a
     * place left that day), and the next one free; anyone may ask, before ordering.
     */
    @GetMapping({"/api/availability", "/internal/availability"})
    AvailabilityView days(@RequestParam @Pattern(regexp = IdPatterns.SERVICE) String serviceId,
            @RequestParam @Pattern(regexp = IdPatterns.INSEE) String commune,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "14") @Min(1) @Max(ViewAvailability.MAX_DAYS) int days) {
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(Slot.TERRITORY));
        return new AvailabilityView(serviceId, commune, availability.days(serviceId, commune, start, days).stream()
                .map(d -> new DayView(d.date(), d.freePlaces())).toList());
    }
}
