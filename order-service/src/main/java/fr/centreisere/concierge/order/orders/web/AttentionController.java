package fr.centreisere.concierge.order.orders.web;

import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.order.orders.ReportAttention;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/attention} (docs/INTERNAL-API.md): for notification-service's daily summary to
 * coordinators. Reached only with the internal token.
 */
@RestController
class AttentionController {

    private final ReportAttention reportAttention;

    AttentionController(ReportAttention reportAttention) {
        this.reportAttention = reportAttention;
    }

    record UnassignedOrderView(String orderId, String number, String serviceName, String serviceNameEn, String date,
            @Nullable String reason) {
    }

    record StuckMessageView(String owner, String destination, String kind, int attempts, @Nullable String lastError,
            Instant since, boolean givenUp) {
    }

    record AttentionView(List<UnassignedOrderView> unassignedOrders, List<StuckMessageView> stuckMessages) {
    }

    @GetMapping("/internal/attention")
    AttentionView attention() {
        ReportAttention.Report report = reportAttention.report();
        return new AttentionView(
                report.unassignedOrders().stream().map(order -> new UnassignedOrderView(order.id(), order.number(),
                        order.serviceTitle().fr(), order.serviceTitle().en(), order.slot().date().toString(),
                        order.unassignedReason() == null ? null : order.unassignedReason().name())).toList(),
                report.stuckMessages().stream().map(m -> new StuckMessageView(m.owner(), m.destination(), m.kind(),
                        m.attempts(), m.lastError(), m.since(), m.givenUp())).toList());
    }
}
