package fr.centreisere.concierge.platform.security;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in caller, as the gateway's token describes them. A controller receives it as a method
 * argument ({@code CurrentUser user}, or {@code Optional<CurrentUser>} on a public endpoint); a use
 * case decides what they may see with the helpers below.
 *
 * @param userId      the token's subject ({@code sub})
 * @param memberId    the member structure of a {@link Role#MEMBER_STAFF}, otherwise {@code null}
 * @param companyId   the company of a {@link Role#COMPANY_ADMIN}, otherwise {@code null}
 */
public record CurrentUser(String userId, @Nullable String email, @Nullable String displayName, Set<Role> roles,
        @Nullable String memberId, @Nullable String companyId) {

    public CurrentUser {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return hasRole(Role.COORDINATOR);
    }

    public boolean isResident() {
        return hasRole(Role.RESIDENT);
    }

    public boolean isMemberStaff() {
        return hasRole(Role.MEMBER_STAFF);
    }

    public boolean isCompanyAdmin() {
        return hasRole(Role.COMPANY_ADMIN);
    }

    /** Whether this caller is staff of that member structure. */
    public boolean isStaffOf(@Nullable String memberId) {
        return isMemberStaff() && this.memberId != null && this.memberId.equals(memberId);
    }

    /** Whether this caller administers that company. */
    public boolean isAdminOf(@Nullable String companyId) {
        return isCompanyAdmin() && this.companyId != null && this.companyId.equals(companyId);
    }

    /** Whether this caller is that user. */
    public boolean is(@Nullable String userId) {
        return this.userId.equals(userId);
    }
}
