package fr.centreisere.concierge.notification.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who an event is for, as the producer names them: accounts by id, the staff of a member
 * structure, the admins of a company, the coordinators, and plain addresses without an account.
 */
public record Addressees(List<String> userIds, @Nullable String memberId, @Nullable String companyAdminsOf,
        boolean coordinators, List<String> emails) {

    public Addressees {
        userIds = List.copyOf(userIds);
        emails = List.copyOf(emails);
    }

    public static Addressees coordinatorsOnly() {
        return new Addressees(List.of(), null, null, true, List.of());
    }

    public boolean namesNobody() {
        return userIds.isEmpty() && memberId == null && companyAdminsOf == null && !coordinators && emails.isEmpty();
    }
}
