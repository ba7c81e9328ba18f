package fr.centreisere.concierge.order.orders.web;

import java.time.Instant;

import fr.centreisere.concierge.order.orders.OrderSummary;
import org.jspecify.annotations.Nullable;

/**
 * An order as a list shows it ({@code GET /api/orders?view=summary}, issue 15): what a card of « Mes
 * commandes » needs, with the same names as in {@link OrderView}, without the history, address, notes and
 * price details that only the order's own page shows (a page of 20 orders is a fraction of the full view).
 */
record OrderSummaryView(String id, String number, String state, String serviceId, OrderView.TitleView serviceTitle,
        String category, String communeInsee, OrderView.SlotView slot, PriceSummaryView price,
        @Nullable String memberId, boolean dispatchPending, Instant createdAt) {

    /** What the customer pays in all, and their own share of it (the rest is their employer's). */
    record PriceSummaryView(long totalCents, long customerShareCents) {
    }

    static OrderSummaryView of(OrderSummary order) {
        return new OrderSummaryView(order.id(), order.number(), order.state().name(), order.serviceId(),
                new OrderView.TitleView(order.serviceTitle().fr(), order.serviceTitle().en()), order.category(),
                order.communeInsee(), new OrderView.SlotView(order.slot().date().toString(),
                        order.slot().from().toString(), order.slot().to().toString()),
                new PriceSummaryView(order.total().cents(), order.customerShare().cents()),
                order.memberId(), order.dispatchPending(), order.createdAt());
    }
}
