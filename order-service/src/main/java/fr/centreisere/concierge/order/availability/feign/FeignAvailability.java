package fr.centreisere.concierge.order.availability.feign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.order.availability.Availability;
import fr.centreisere.concierge.order.availability.AvailabilityUnknown;
import fr.centreisere.concierge.order.availability.feign.AvailabilityClient.AvailabilityAnswer;
import fr.centreisere.concierge.order.availability.feign.AvailabilityClient.Day;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The availability through OpenFeign, with a timeout and a circuit breaker, no retry (a resident is
 * waiting, and an unknown availability only means the dispatch decides later). Any failure (an error
 * status, a timeout, an open circuit, an answer that cannot be read) is {@link AvailabilityUnknown},
 * logged here.
 */
@Component
class FeignAvailability implements Availability {

    private static final Logger log = LoggerFactory.getLogger(FeignAvailability.class);

    private final AvailabilityClient client;

    FeignAvailability(AvailabilityClient client) {
        this.client = client;
    }

    @Override
    public List<FreeDay> freePlaces(String serviceId, String communeInsee, LocalDate from, int days) {
        AvailabilityAnswer answer;
        try {
            answer = client.freePlaces(serviceId, communeInsee, from.toString(), Math.max(1, Math.min(days, MAX_DAYS)));
        } catch (RuntimeException e) {
            log.warn("Availability of {} in {} from {} unknown (provider-service did not answer): {}", serviceId,
                    communeInsee, from, e.toString());
            throw new AvailabilityUnknown("provider-service did not tell the availability of " + serviceId, e);
        }
        if (answer == null || answer.days() == null) {
            log.warn("Availability of {} in {} from {} unknown (no days in the answer)", serviceId, communeInsee, from);
            throw new AvailabilityUnknown("provider-service gave no days for " + serviceId, null);
        }
        List<FreeDay> free = new ArrayList<>();
        for (Day day : answer.days()) {
            if (day == null || day.date() == null || day.freePlaces() == null) {
                continue;
            }
            try {
                free.add(new FreeDay(LocalDate.parse(day.date()), Math.max(0, day.freePlaces())));
            } catch (DateTimeParseException unreadable) {
                log.warn("Availability of {}: unreadable day {}", serviceId, day.date());
            }
        }
        return free;
    }
}
