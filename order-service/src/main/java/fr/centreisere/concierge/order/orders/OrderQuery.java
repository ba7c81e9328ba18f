package fr.centreisere.concierge.order.orders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which orders to list: a customer's own ({@code customerUserId} set), or, for a coordinator, any,
 * narrowed by state, member, company and a period of creation days (inclusive, Europe/Paris).
 */
public record OrderQuery(@Nullable String customerUserId, @Nullable OrderState state, @Nullable String memberId,
        @Nullable String companyId, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static OrderQuery ownedBy(String customerUserId) {
        return new OrderQuery(customerUserId, null, null, null, null, null);
    }
}
