package fr.centreisere.concierge.provider.member;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What a member can do: one catalog service, in some communes (INSEE codes), so many jobs a day. */
public record Capability(String serviceId, Set<String> communes, int dailyCapacity) {

    public Capability {
        Objects.requireNonNull(serviceId, "serviceId");
        if (dailyCapacity < 1) {
            throw new InvalidMember("member.capability.daily-capacity");
        }
        if (communes == null || communes.isEmpty()) {
            throw new InvalidMember("member.capability.no-commune");
        }
        communes = java.util.Collections.unmodifiableSet(new TreeSet<>(communes));
    }

    public boolean covers(String communeInsee) {
        return communes.contains(communeInsee);
    }
}
