package fr.centreisere.concierge.provider.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/**
 * Who may be offered a job now: active members with a capability for the service covering the
 * commune, below their daily capacity for that service on the slot's day, that have not refused this order.
 */
public class Eligibility {

    private final Members members;
    private final Jobs jobs;

    public Eligibility(Members members, Jobs jobs) {
        this.members = members;
        this.jobs = jobs;
    }

    public List<Contender> contenders(OrderRef order, Set<String> excluded) {
        List<Contender> contenders = new ArrayList<>();
        for (Member member : members.ableToServe(order.serviceId(), order.communeInsee())) {
            if (excluded.contains(member.id()) || !hasRoom(member, order)) {
                continue;
            }
            contenders.add(new Contender(member.id(), member.weightFor(order.category(), order.serviceId()),
                    member.activeSince()));
        }
        return contenders;
    }

    public boolean isEligible(String memberId, OrderRef order, Set<String> excluded) {
        if (excluded.contains(memberId)) {
            return false;
        }
        return members.byId(memberId)
                .filter(m -> m.canServe(order.serviceId(), order.communeInsee()))
                .filter(m -> hasRoom(m, order))
                .isPresent();
    }

    private boolean hasRoom(Member member, OrderRef order) {
        int capacity = member.capabilityFor(order.serviceId()).map(c -> c.dailyCapacity()).orElse(0);
        return jobs.countHoldingSlot(member.id(), order.serviceId(), order.slot().date()) < capacity;
    }
}
