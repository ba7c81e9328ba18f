package fr.centreisere.concierge.order.company;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who asks, as the company feature needs to know it (the web layer builds it from the token's
 * {@code CurrentUser}): their id, e-mail and name, whether they coordinate the pole, and the company
 * they administer, if any.
 */
public record CompanyCaller(String userId, @Nullable String email, @Nullable String displayName, boolean coordinator,
        @Nullable String adminOf) {

    public CompanyCaller {
        Objects.requireNonNull(userId, "userId");
    }

    /** A coordinator sees every company; a company admin only their own. */
    public boolean manages(String companyId) {
        return coordinator || companyId.equals(adminOf);
    }
}
