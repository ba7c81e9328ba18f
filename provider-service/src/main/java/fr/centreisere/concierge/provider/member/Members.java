package fr.centreisere.concierge.provider.member;

import java.util.List;
import java.util.Optional;

/** The member structures of the pole (port). */
public interface Members {

    Optional<Member> byId(String id);

    default Member get(String id) {
        return byId(id).orElseThrow(() -> new MemberNotFound(id));
    }

    List<Member> all();

    /** Active members with a capability for that service covering that commune. */
    List<Member> ableToServe(String serviceId, String communeInsee);

    /** Adds a new member; false if one with that id already exists. */
    boolean insertIfAbsent(Member member);

    /** Saves a changed member if nobody changed it since it was read; otherwise {@link MemberChangedConcurrently}. */
    void update(Member member);
}
