package fr.centreisere.concierge.provider.member;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** Someone else changed the member between our read and our write (answered with 409). */
public class MemberChangedConcurrently extends LocalizedException {

    public MemberChangedConcurrently(String memberId) {
        super("member.changed-concurrently", memberId);
    }
}
