package fr.centreisere.concierge.provider.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/**
 * Who may be offered a job now, and why the others may not: among the members with a capability for
 * the service, the active ones covering the commune, that have not refused this order, with a free
 * place for the service that day. The free place is read here; it is really taken by
 * {@link Places#take}, which may still find it gone (then the turn is played again).
 */
public class Eligibility {

    private final Members members;
    private final Places places;

    public Eligibility(Members members, Places places) {
        this.members = members;
        this.places = places;
    }

    /** The contenders and the members left out of a decision about this order. */
    public record Field(List<Contender> contenders, List<Excluded> excluded) {
        public Field {
            contenders = List.copyOf(contenders);
            excluded = List.copyOf(excluded);
        }

        public Optional<Contender> contender(String memberId) {
            return contenders.stream().filter(c -> c.memberId().equals(memberId)).findFirst();
        }
    }

    public Field evaluate(OrderRef order, Set<String> refusers) {
        Map<String, Integer> held = heldThatDay(order);
        List<Contender> contenders = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Member member : members.all()) {
            Optional<Capability> capability = member.capabilityFor(order.serviceId());
            if (capability.isEmpty()) {
                continue;
            }
            Optional<Exclusion> reason = exclusion(member, capability.get(), order, refusers, held);
            if (reason.isPresent()) {
                excluded.add(new Excluded(member.id(), reason.get()));
            } else {
                contenders.add(new Contender(member.id(), member.weightFor(order.category()), member.activeSince(),
                        capability.get().dailyCapacity()));
            }
        }
        return new Field(contenders, excluded);
    }

    /** Why that member cannot be offered this order now; nothing when it can. */
    public List<Exclusion> unfit(String memberId, OrderRef order, Set<String> refusers) {
        Optional<Member> member = members.byId(memberId);
        if (member.isEmpty()) {
            return List.of(Exclusion.UNKNOWN_MEMBER);
        }
        Optional<Capability> capability = member.get().capabilityFor(order.serviceId());
        if (capability.isEmpty()) {
            return member.get().active() ? List.of(Exclusion.NOT_CAPABLE)
                    : List.of(Exclusion.SUSPENDED, Exclusion.NOT_CAPABLE);
        }
        return exclusions(member.get(), capability.get(), order, refusers, heldThatDay(order));
    }

    /** A member the order could go to: why not (empty: it fits), and how many places it has left that day. */
    public record Fit(Member member, List<Exclusion> reasons, int freePlaces) {
    }

    /** Every member with a capability for the order's service, read with one look at the day's places. */
    public List<Fit> fits(OrderRef order, Set<String> refusers) {
        Map<String, Integer> held = heldThatDay(order);
        List<Fit> fits = new ArrayList<>();
        for (Member member : members.all()) {
            member.capabilityFor(order.serviceId()).ifPresent(capability -> fits.add(new Fit(member,
                    exclusions(member, capability, order, refusers, held),
                    Math.max(0, capability.dailyCapacity() - held.getOrDefault(member.id(), 0)))));
        }
        return fits;
    }

    private Map<String, Integer> heldThatDay(OrderRef order) {
        LocalDate day = order.slot().date();
        return places.held(order.serviceId(), List.of(day)).getOrDefault(day, Map.of());
    }

    private static Optional<Exclusion> exclusion(Member member, Capability capability, OrderRef order,
            Set<String> refusers, Map<String, Integer> held) {
        return exclusions(member, capability, order, refusers, held).stream().findFirst();
    }

    private static List<Exclusion> exclusions(Member member, Capability capability, OrderRef order,
            Set<String> refusers, Map<String, Integer> held) {
        List<Exclusion> reasons = new ArrayList<>();
        if (!member.active()) {
            reasons.add(Exclusion.SUSPENDED);
        }
        if (!capability.covers(order.communeInsee())) {
            reasons.add(Exclusion.NOT_COVERED);
        }
        if (refusers.contains(member.id())) {
            reasons.add(Exclusion.ALREADY_REFUSED);
        }
        if (held.getOrDefault(member.id(), 0) >= capability.dailyCapacity()) {
            reasons.add(Exclusion.DAY_FULL);
        }
        return reasons;
    }
}
