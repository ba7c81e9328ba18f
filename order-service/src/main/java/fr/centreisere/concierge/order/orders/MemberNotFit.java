package fr.centreisere.concierge.order.orders;

import java.util.List;

/**
 * The member a coordinator chose does not fit the order's job (422, {@code code: MEMBER_NOT_FIT}) and
 * no override was asked, or the reasons cannot be overridden (a member that does not exist or is
 * suspended). {@code reasons} are provider-service's codes; member names are not known here.
 */
public class MemberNotFit extends RuntimeException {

    private final List<String> reasons;

    public MemberNotFit(String memberId, List<String> reasons, boolean overridable) {
        super(message(memberId, reasons, overridable));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    private static String message(String memberId, List<String> reasons, boolean overridable) {
        String why = String.join(", ", reasons);
        if (overridable) {
            return ("%s ne convient pas pour cette mission (%s) ; confirmez avec une raison pour passer outre. "
                    + "/ %s does not fit this job (%s); confirm with a reason to override.")
                    .formatted(memberId, why, memberId, why);
        }
        return ("%s ne peut pas recevoir cette mission (%s), même en passant outre. "
                + "/ %s cannot be given this job (%s), not even with an override.").formatted(memberId, why, memberId, why);
    }
}
