package fr.centreisere.concierge.provider.member;

/** Someone else changed the member between our read and our write (answered with 409). */
public class MemberChangedConcurrently extends RuntimeException {
    public MemberChangedConcurrently(String memberId) {
        super("le membre a été modifié entre-temps, relisez-le / the member changed meanwhile, read it again: " + memberId);
    }
}
