package fr.centreisere.concierge.order.orders.metrics;

import java.time.Clock;
import java.time.Duration;

import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderMeters;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.UnassignedReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The orders' business meters (docs/OPERATIONS.md):
 * <ul>
 * <li>{@value #PLACED}: orders placed, by {@code category} and {@code billing} ({@code PERSONAL},
 * {@code COMPANY});</li>
 * <li>{@value #DISPATCH}: from an order's placing to its dispatch's first outcome, by {@code outcome}:
 * {@code offered} to a member, {@code unassigned} (nobody fits, or provider-service refused it),
 * {@code assigned} (accepted before the answer arrived); with a histogram for its percentiles;</li>
 * <li>{@value #UNASSIGNED}: orders that became {@code UNASSIGNED}, by {@code reason} — a counter of the
 * transitions, not a count of the orders unassigned now (which would read the orders at each scrape).</li>
 * </ul>
 * Tags take few values (the catalog's categories, enums), so the series stay few.
 */
public final class MicrometerOrderMeters implements OrderMeters {

    public static final String PLACED = "concierge.orders.placed";
    public static final String DISPATCH = "concierge.orders.dispatch";
    public static final String UNASSIGNED = "concierge.orders.unassigned";

    private final MeterRegistry registry;
    private final Clock clock;

    public MicrometerOrderMeters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void placed(Order order) {
        Counter.builder(PLACED).description("Orders placed")
                .tag("category", String.valueOf(order.category())).tag("billing", String.valueOf(order.billing()))
                .register(registry).increment();
    }

    @Override
    public void changed(OrderState before, Order after) {
        OrderState now = after.state();
        if (before == OrderState.PLACED && now != OrderState.PLACED && now != OrderState.CANCELLED) {
            Timer.builder(DISPATCH).description("From an order's placing to its dispatch's first outcome")
                    .tag("outcome", outcome(now))
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofHours(2))
                    .register(registry)
                    .record(Duration.between(after.createdAt(), clock.instant()));
        }
        if (before != OrderState.UNASSIGNED && now == OrderState.UNASSIGNED) {
            UnassignedReason reason = after.unassignedReason();
            Counter.builder(UNASSIGNED).description("Orders that became UNASSIGNED (nobody took them)")
                    .tag("reason", reason == null ? "UNKNOWN" : reason.name())
                    .register(registry).increment();
        }
    }

    private static String outcome(OrderState state) {
        return switch (state) {
            case DISPATCHING -> "offered";
            case UNASSIGNED -> "unassigned";
            default -> "assigned";
        };
    }
}
