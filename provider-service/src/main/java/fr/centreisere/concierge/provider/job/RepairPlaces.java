package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The repair of places left behind by a crash. A place is taken before the job is written and given
 * back after the job is written, so a process that dies between the two writes leaves a place held by
 * a job that does not hold it (never the reverse). The sweep looks only at the days from today on —
 * a set bounded by the weeks ahead, not growing with history — and gives back a place whose job does
 * not hold it when it finds it so twice in a row (a turn in flight between its two writes is not
 * touched). Which sweep saw what is this instance's own business: several instances may sweep.
 */
public class RepairPlaces {

    private final Places places;
    private final Jobs jobs;
    private final Clock clock;
    private Set<String> suspects = new HashSet<>();

    public RepairPlaces(Places places, Jobs jobs, Clock clock) {
        this.places = places;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Once per installation: the jobs stored before places existed (an installation upgraded with its
     * data) take the places they hold from today on, so the capacities hold for them too. Taking a
     * place for a job that has it changes nothing, so an interrupted backfill is simply done again.
     * Returns how many jobs were looked at.
     */
    public int backfill() {
        if (places.backfilled()) {
            return 0;
        }
        List<Job> holding = jobs.holdingPlacesFrom(LocalDate.now(clock.withZone(Slot.TERRITORY)));
        for (Job job : holding) {
            job.heldPlace().ifPresent(place -> places.force(place, job.id()));
        }
        places.markBackfilled();
        return holding.size();
    }

    /** One sweep over at most {@code limit} service-days; returns how many places were given back. */
    public synchronized int sweep(int limit) {
        LocalDate today = LocalDate.now(clock.withZone(Slot.TERRITORY));
        Set<String> seenNow = new HashSet<>();
        int givenBack = 0;
        for (Places.ServiceDay day : places.heldFrom(today, limit)) {
            for (Map.Entry<String, List<String>> member : places.holders(day.serviceId(), day.day()).entrySet()) {
                PlaceKey place = new PlaceKey(member.getKey(), day.serviceId(), day.day());
                for (String jobId : member.getValue()) {
                    Optional<PlaceKey> heldByJob = jobs.byId(jobId).flatMap(Job::heldPlace);
                    if (heldByJob.filter(place::equals).isPresent()) {
                        continue;
                    }
                    String suspect = place + "|" + jobId;
                    if (suspects.contains(suspect)) {
                        places.giveBack(place, jobId);
                        givenBack++;
                    } else {
                        seenNow.add(suspect);
                    }
                }
            }
        }
        suspects = seenNow;
        return givenBack;
    }
}
