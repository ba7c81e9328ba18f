package fr.centreisere.concierge.provider.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The places members hold for a service on a day (port). A place is a reservation held by one job:
 * it is taken in one conditional write that succeeds only below the capacity, so that no interleaving
 * of dispatches can exceed a member's daily capacity; it is given back when the job leaves the member
 * (declined, expired, cancelled, reassigned). Taking or giving back twice for the same job changes nothing.
 */
public interface Places {

    /** Takes a place for the job if the member holds fewer than {@code capacity}; true if the job holds one now. */
    boolean take(PlaceKey key, String jobId, int capacity);

    /** Takes a place for the job whatever the capacity (a coordinator's confirmed override). */
    void force(PlaceKey key, String jobId);

    /** Gives back the place the job holds there, if it holds one. */
    void giveBack(PlaceKey key, String jobId);

    /** How many places each member holds for the service on each of those days (absent: none). */
    Map<LocalDate, Map<String, Integer>> held(String serviceId, List<LocalDate> days);

    /** The jobs holding a place for the service that day, per member. */
    Map<String, List<String>> holders(String serviceId, LocalDate day);

    /** Whether the places of the jobs stored before places existed were taken (once per installation). */
    boolean backfilled();

    /** Records that they were. */
    void markBackfilled();

    /** The days from {@code from} on that have places held for the service, per service: what a sweep looks at. */
    List<ServiceDay> heldFrom(LocalDate from, int limit);

    record ServiceDay(String serviceId, LocalDate day) {
    }
}
