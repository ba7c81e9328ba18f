package fr.centreisere.concierge.provider.fill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.centreisere.concierge.provider.job.PlaceKey;
import fr.centreisere.concierge.provider.job.Places;

/**
 * The places of a batch being planned, in memory, over what the store already holds for those days
 * (read once): the rotation's eligibility reads them as it reads the store's, taking a place keeps
 * the capacity, and what the batch took is written once at the end ({@link #taken()}).
 */
final class DayPlaces implements Places {

    private final Map<String, Map<String, Integer>> held;
    private final Map<PlaceKey, List<String>> taken = new LinkedHashMap<>();

    /** @param stored the places held in the store, per {@code "serviceId|day"} then member */
    DayPlaces(Map<String, Map<String, Integer>> stored) {
        this.held = new HashMap<>();
        stored.forEach((day, members) -> held.put(day, new HashMap<>(members)));
    }

    private Map<String, Integer> day(String serviceId, LocalDate day) {
        return held.computeIfAbsent(serviceId + "|" + day, key -> new HashMap<>());
    }

    @Override
    public boolean take(PlaceKey key, String jobId, int capacity) {
        Map<String, Integer> day = day(key.serviceId(), key.day());
        if (day.getOrDefault(key.memberId(), 0) >= capacity) {
            return false;
        }
        force(key, jobId);
        return true;
    }

    @Override
    public void force(PlaceKey key, String jobId) {
        day(key.serviceId(), key.day()).merge(key.memberId(), 1, Integer::sum);
        taken.computeIfAbsent(key, k -> new ArrayList<>()).add(jobId);
    }

    @Override
    public void giveBack(PlaceKey key, String jobId) {
        List<String> jobs = taken.get(key);
        if (jobs != null && jobs.remove(jobId)) {
            day(key.serviceId(), key.day()).merge(key.memberId(), -1, Integer::sum);
            if (jobs.isEmpty()) {
                taken.remove(key);
            }
        }
    }

    @Override
    public Map<LocalDate, Map<String, Integer>> held(String serviceId, List<LocalDate> days) {
        Map<LocalDate, Map<String, Integer>> answer = new TreeMap<>();
        days.forEach(d -> answer.put(d, Map.copyOf(day(serviceId, d))));
        return answer;
    }

    @Override
    public Map<String, List<String>> holders(String serviceId, LocalDate day) {
        throw new UnsupportedOperationException("not needed to plan");
    }

    @Override
    public boolean backfilled() {
        return true;
    }

    @Override
    public void markBackfilled() {
    }

    @Override
    public List<ServiceDay> heldFrom(LocalDate from, int limit) {
        throw new UnsupportedOperationException("not needed to plan");
    }

    /** The places this batch took and still holds: per member, service and day, the jobs holding them. */
    Map<PlaceKey, List<String>> taken() {
        return taken;
    }
}
