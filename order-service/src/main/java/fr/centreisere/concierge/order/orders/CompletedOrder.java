package fr.centreisere.concierge.order.orders;

import java.math.BigDecimal;
import java.time.Instant;

import fr.centreisere.concierge.order.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a month's invoices bill of one completed order (issue 16), read without the rest of the order: a busy
 * month holds thousands, and their whole documents at once (history, events, outboxes) were more than the
 * embedded store's heap holds.
 */
public record CompletedOrder(String number, String serviceTitleFr, @Nullable String companyId,
        @Nullable String memberId, BigDecimal vatRatePercent, Money employerShare, Money commission,
        Instant completedAt) {
}
