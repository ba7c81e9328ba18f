package fr.centreisere.concierge.order.orders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which orders to list: a customer's own ({@code customerUserId} set), or, for a coordinator, any,
 * narrowed by state, member, company, a period of creation days (inclusive, Europe/Paris), and to those
 * whose outbox holds a stuck message ({@code stuck}: tried {@link Order#STUCK_AFTER_ATTEMPTS} times or
 * more without success, issue 11).
 */
public record OrderQuery(@Nullable String customerUserId, @Nullable OrderState state, @Nullable String memberId,
        @Nullable String companyId, @Nullable LocalDate from, @Nullable LocalDate to, boolean stuck) {

    public OrderQuery(@Nullable String customerUserId, @Nullable OrderState state, @Nullable String memberId,
            @Nullable String companyId, @Nullable LocalDate from, @Nullable LocalDate to) {
        this(customerUserId, state, memberId, companyId, from, to, false);
    }

    public static OrderQuery ownedBy(String customerUserId) {
        return new OrderQuery(customerUserId, null, null, null, null, null);
    }
}
