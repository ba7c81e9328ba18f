package fr.centreisere.concierge.provider.job;

import java.time.LocalDate;
import java.util.Objects;

/** One member's places for one service on one day: what a daily capacity counts. */
public record PlaceKey(String memberId, String serviceId, LocalDate day) {

    public PlaceKey {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(day, "day");
    }

    /** The place a job's member holds (or would hold) for the job's service and day. */
    public static PlaceKey of(String memberId, OrderRef order) {
        return new PlaceKey(memberId, order.serviceId(), order.slot().date());
    }
}
