package fr.centreisere.concierge.order.orders;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who asks, as the orders feature needs to know it (the web layer builds it from the token's
 * {@code CurrentUser}): their id and name, whether they coordinate the pole, and their member
 * structure if they are its staff.
 */
public record Caller(String userId, @Nullable String displayName, boolean coordinator, @Nullable String staffOfMember) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
    }

    public static Caller resident(String userId, String displayName) {
        return new Caller(userId, displayName, false, null);
    }

    public static Caller coordinator(String userId) {
        return new Caller(userId, userId, true, null);
    }
}
