package fr.centreisere.concierge.order.orders.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.PriceBreakdown;
import fr.centreisere.concierge.platform.i18n.Texts;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it (docs/API.md, « An order »), plus its category, job and pending dispatch; while
 * {@code UNASSIGNED}, why ({@code unassignedReason}, issue 11); for coordinators, a message to
 * provider-service that is stuck ({@code delivery}: tried 3 times or more without success).
 */
record OrderView(String id, String number, String state, CustomerView customer, String serviceId,
        TitleView serviceTitle, String category, int quantity, String communeInsee, AddressView address, SlotView slot,
        @Nullable String notes, @Nullable String phone, String billing, @Nullable String companyId, PriceView price,
        @Nullable String memberId, @Nullable String jobId, boolean dispatchPending, @Nullable String unassignedReason,
        @Nullable DeliveryView delivery, List<HistoryView> history, Instant createdAt) {

    /** The outbox message that does not get through: its kind, attempts, last error, and since when it waits. */
    record DeliveryView(String kind, int attempts, @Nullable String lastError, Instant since) {
    }

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

    /**
     * {@code reason} in the reader's language (a person's own words and reasons stored before the codes as they
     * are); {@code reasonCode} the code it was said from, null for words alone.
     */
    record HistoryView(String state, Instant at, @Nullable String by, @Nullable String reason,
            @Nullable String reasonCode) {
    }

    /** {@code coordinator}: with the delivery details; the history said by {@code texts} in the request's language. */
    static OrderView of(Order order, boolean coordinator, Texts texts) {
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
                order.unassignedReason() == null ? null : order.unassignedReason().name(),
                coordinator ? order.stuckMessage().map(m -> new DeliveryView(m.kind(), m.attempts(),
                        m.lastError(), m.createdAt())).orElse(null) : null,
                order.history().stream().map(entry -> historyOf(entry, texts)).toList(), order.createdAt());
    }

    static HistoryView historyOf(HistoryEntry entry, Texts texts) {
        return new HistoryView(entry.state().name(), entry.at(), entry.by(), entry.reason(texts::text), entry.reasonCode());
    }
}
