package fr.centreisere.concierge.provider.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/**
 * The days with room for a service in a commune, from the same places the dispatch takes: for each
 * day, the sum over the active members covering the commune of their daily capacity less the places
 * their jobs hold that day.
 */
public class ViewAvailability {

    public static final int MAX_DAYS = 60;

    private final Members members;
    private final Places places;

    public ViewAvailability(Members members, Places places) {
        this.members = members;
        this.places = places;
    }

    public record Day(LocalDate date, int freePlaces) {
    }

    public List<Day> days(String serviceId, String communeInsee, LocalDate from, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be within 1.." + MAX_DAYS);
        }
        List<Capability> capacities = new ArrayList<>();
        List<String> memberIds = new ArrayList<>();
        for (Member member : members.ableToServe(serviceId, communeInsee)) {
            member.capabilityFor(serviceId).ifPresent(c -> {
                capacities.add(c);
                memberIds.add(member.id());
            });
        }
        List<LocalDate> dates = from.datesUntil(from.plusDays(days)).toList();
        Map<LocalDate, Map<String, Integer>> held = capacities.isEmpty() ? Map.of() : places.held(serviceId, dates);
        List<Day> answer = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            Map<String, Integer> heldThatDay = held.getOrDefault(date, Map.of());
            int free = 0;
            for (int i = 0; i < capacities.size(); i++) {
                free += Math.max(0, capacities.get(i).dailyCapacity() - heldThatDay.getOrDefault(memberIds.get(i), 0));
            }
            answer.add(new Day(date, free));
        }
        return answer;
    }
}
