package fr.centreisere.concierge.notification.recipient;

import java.util.Objects;
import java.util.Set;

import fr.centreisere.concierge.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What notifications need of an account, as the gateway last sent it: where to mail, how to greet,
 * and what makes the account one of a message's recipients (its roles, member, company).
 */
public record Recipient(String userId, String email, @Nullable String displayName, Set<Role> roles,
        @Nullable String memberId, @Nullable String companyId, boolean emailVerified) {

    public Recipient {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
    }

    public boolean isStaffOf(String member) {
        return roles.contains(Role.MEMBER_STAFF) && member.equals(memberId);
    }

    public boolean isAdminOf(String company) {
        return roles.contains(Role.COMPANY_ADMIN) && company.equals(companyId);
    }

    public boolean isCoordinator() {
        return roles.contains(Role.COORDINATOR);
    }
}
