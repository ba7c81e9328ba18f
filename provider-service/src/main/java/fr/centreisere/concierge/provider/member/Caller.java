package fr.centreisere.concierge.provider.member;

/**
 * Who is calling, as far as ownership rules go: a coordinator, or the staff of one member structure
 * (memberId), or neither. The web layer builds it from the platform's {@code CurrentUser} (the token).
 */
public record Caller(String userId, String memberId, boolean coordinator) {

    public static Caller coordinator(String userId) {
        return new Caller(userId, null, true);
    }

    public static Caller staffOf(String userId, String memberId) {
        return new Caller(userId, memberId, false);
    }

    public boolean isStaffOf(String member) {
        return memberId != null && memberId.equals(member);
    }

    /** Coordinators may act for any member; member staff only for their own. */
    public boolean mayManage(String member) {
        return coordinator || isStaffOf(member);
    }

    public void requireCoordinator() {
        if (!coordinator) {
            throw new AccessDenied("access.coordinators-only");
        }
    }
}
