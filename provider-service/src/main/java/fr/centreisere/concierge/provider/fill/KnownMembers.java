package fr.centreisere.concierge.provider.fill;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/** The members as read once when planning starts: the rotation asks for them for every order. */
final class KnownMembers implements Members {

    private final List<Member> all;
    private final Map<String, Member> byId;

    KnownMembers(List<Member> all) {
        this.all = List.copyOf(all);
        this.byId = all.stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    @Override
    public Optional<Member> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Member> all() {
        return all;
    }

    @Override
    public List<Member> ableToServe(String serviceId, String communeInsee) {
        return all.stream().filter(m -> m.canServe(serviceId, communeInsee)).toList();
    }

    @Override
    public boolean insertIfAbsent(Member member) {
        throw new UnsupportedOperationException("planning reads the members, never writes them");
    }

    @Override
    public void update(Member member) {
        throw new UnsupportedOperationException("planning reads the members, never writes them");
    }
}
