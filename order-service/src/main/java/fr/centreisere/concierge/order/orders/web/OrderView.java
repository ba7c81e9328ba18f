package fr.centreisere.concierge.order.orders.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.PriceBreakdown;
import org.jspecify.annotations.Nullable;

/** An order as the API shows it (docs/API.md, « An order »), plus its category, job and pending dispatch. */
record OrderView(String id, String number, String state, CustomerView customer, String serviceId,
        TitleView serviceTitle, String category, int quantity, String communeInsee, AddressView address, SlotView slot,
        @Nullable String notes, @Nullable String phone, String billing, @Nullable String companyId, PriceView price,
        @Nullable String memberId, @Nullable String jobId, boolean dispatchPending, List<HistoryView> history,
        Instant createdAt) {

    record CustomerView(String userId, String displayName) {
    }

    record TitleView(String fr, String en) {
    }

    record AddressView(String line1, @Nullable String line2, String postalCode) {
    }

    record SlotView(String date, String from, String to) {
    }

    record PriceView(long unitPriceCents, int quantity, long subtotalCents, BigDecimal vatRatePercent, long vatCents,
            long totalCents, long employerShareCents, long customerShareCents, BigDecimal commissionRatePercent,
            long commissionCents) {
    }

    record HistoryView(String state, Instant at, @Nullable String by, @Nullable String reason) {
    }

    static OrderView of(Order order) {
        PriceBreakdown price = order.price();
        return new OrderView(order.id(), order.number(), order.state().name(),
                new CustomerView(order.customer().userId(), order.customer().displayName()), order.serviceId(),
                new TitleView(order.serviceTitle().fr(), order.serviceTitle().en()), order.category(),
                order.quantity(), order.communeInsee(),
                new AddressView(order.address().line1(), order.address().line2(), order.address().postalCode()),
                new SlotView(order.slot().date().toString(), order.slot().from().toString(),
                        order.slot().to().toString()),
                order.notes(), order.phone(), order.billing().name(), order.companyId(),
                new PriceView(price.unitPrice().cents(), price.quantity(), price.subtotal().cents(),
                        price.vatRatePercent(), price.vat().cents(), price.total().cents(),
                        price.employerShare().cents(), price.customerShare().cents(), price.commissionRatePercent(),
                        price.commission().cents()),
                order.memberId(), order.jobId(), order.hasUnsentMessages(),
                order.history().stream().map(OrderView::historyOf).toList(), order.createdAt());
    }

    private static HistoryView historyOf(HistoryEntry entry) {
        return new HistoryView(entry.state().name(), entry.at(), entry.by(), entry.reason());
    }
}
