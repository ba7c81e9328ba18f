package fr.centreisere.concierge.order.orders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which orders to list or count: a customer's own ({@code customerUserId} set), or, for a coordinator, any;
 * narrowed by state, commune (INSEE code), category, member, company, a period of slot days (inclusive:
 * the day the work is done, a local date of the territory), and to those whose outbox holds a stuck
 * message ({@code stuck}: tried {@link Order#STUCK_AFTER_ATTEMPTS} times or more without success, issue 11).
 * The report of a period and the paged list read the same query, so their totals agree (issue 14).
 */
public record OrderQuery(@Nullable String customerUserId, @Nullable OrderState state, @Nullable String communeInsee,
        @Nullable String category, @Nullable String memberId, @Nullable String companyId, @Nullable LocalDate from,
        @Nullable LocalDate to, boolean stuck) {

    public OrderQuery(@Nullable String customerUserId, @Nullable OrderState state, @Nullable String memberId,
            @Nullable String companyId, @Nullable LocalDate from, @Nullable LocalDate to, boolean stuck) {
        this(customerUserId, state, null, null, memberId, companyId, from, to, stuck);
    }

    public OrderQuery(@Nullable String customerUserId, @Nullable OrderState state, @Nullable String memberId,
            @Nullable String companyId, @Nullable LocalDate from, @Nullable LocalDate to) {
        this(customerUserId, state, memberId, companyId, from, to, false);
    }

    public static OrderQuery ownedBy(String customerUserId) {
        return new OrderQuery(customerUserId, null, null, null, null, null);
    }

    /** The same narrowing, restricted to one customer's own orders. */
    public OrderQuery ownOrdersOf(String userId) {
        return new OrderQuery(userId, state, communeInsee, category, memberId, companyId, from, to, false);
    }

    /** The same narrowing over every customer's orders (what a coordinator asks). */
    public OrderQuery anyCustomer() {
        return new OrderQuery(null, state, communeInsee, category, memberId, companyId, from, to, stuck);
    }
}
