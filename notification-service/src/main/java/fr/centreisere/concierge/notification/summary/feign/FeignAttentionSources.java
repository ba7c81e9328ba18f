package fr.centreisere.concierge.notification.summary.feign;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import fr.centreisere.concierge.notification.summary.AttentionReport;
import fr.centreisere.concierge.notification.summary.AttentionSource;
import fr.centreisere.concierge.notification.summary.StuckMessage;
import fr.centreisere.concierge.notification.summary.UnassignedOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The two services' reports over Feign; any failure (down, slow, breaker open, a refusal) is a report not given. */
@Component
public class FeignAttentionSources {

    private static final Logger log = LoggerFactory.getLogger(FeignAttentionSources.class);

    private final OrderAttentionClient orders;
    private final ProviderAttentionClient providers;

    FeignAttentionSources(OrderAttentionClient orders, ProviderAttentionClient providers) {
        this.orders = orders;
        this.providers = providers;
    }

    public List<AttentionSource> sources() {
        return List.of(source("order-service", orders::attention), source("provider-service", providers::attention));
    }

    private static AttentionSource source(String service, Supplier<AttentionAnswer> call) {
        return () -> {
            try {
                return report(service, call.get());
            } catch (RuntimeException notAnswered) {
                log.warn("{} did not report what needs attention: {}", service, notAnswered.toString());
                return AttentionReport.unanswered(service);
            }
        };
    }

    static AttentionReport report(String service, AttentionAnswer answer) {
        List<UnassignedOrder> unassigned = answer.unassignedOrders() == null ? List.of() : answer.unassignedOrders().stream()
                .map(order -> new UnassignedOrder(text(order.orderId()), text(order.number()), text(order.serviceName()),
                        text(order.date()), order.reason()))
                .toList();
        List<StuckMessage> stuck = answer.stuckMessages() == null ? List.of() : answer.stuckMessages().stream()
                .map(message -> new StuckMessage(text(message.owner()), text(message.destination()), text(message.kind()),
                        Objects.requireNonNullElse(message.attempts(), 0), message.lastError(), message.since()))
                .toList();
        return AttentionReport.of(service, unassigned, stuck);
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
