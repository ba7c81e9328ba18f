package fr.centreisere.concierge.order.orders;

import java.util.List;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/**
 * The member a coordinator chose does not fit the order's job (422, {@code code: MEMBER_NOT_FIT}) and
 * no override was asked, or the reasons cannot be overridden (a member that does not exist or is
 * suspended). {@code reasons} are provider-service's codes; member names are not known here.
 */
public class MemberNotFit extends LocalizedException {

    private final List<String> reasons;

    public MemberNotFit(String memberId, List<String> reasons, boolean overridable) {
        super(overridable ? "order.member-not-fit.overridable" : "order.member-not-fit.final", memberId,
                String.join(", ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
