package fr.centreisere.concierge.provider.member;

/** No member with that id (answered with 404). */
public class MemberNotFound extends RuntimeException {
    public MemberNotFound(String memberId) {
        super("membre inconnu / unknown member: " + memberId);
    }
}
