package fr.centreisere.concierge.provider.member;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** No member with that id (answered with 404). */
public class MemberNotFound extends LocalizedException {

    public MemberNotFound(String memberId) {
        super("member.not-found", memberId);
    }
}
