package fr.centreisere.concierge.order.orders;

import static fr.centreisere.concierge.order.orders.OrderState.ASSIGNED;
import static fr.centreisere.concierge.order.orders.OrderState.CANCELLED;
import static fr.centreisere.concierge.order.orders.OrderState.COMPLETED;
import static fr.centreisere.concierge.order.orders.OrderState.DISPATCHING;
import static fr.centreisere.concierge.order.orders.OrderState.IN_PROGRESS;
import static fr.centreisere.concierge.order.orders.OrderState.PLACED;
import static fr.centreisere.concierge.order.orders.OrderState.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of states: the allowed ones listed here by hand, every other one forbidden. */
class OrderStateTest {

    static final Set<List<OrderState>> ALLOWED = Set.of(
            List.of(PLACED, DISPATCHING), List.of(PLACED, ASSIGNED), List.of(PLACED, UNASSIGNED),
            List.of(PLACED, CANCELLED),
            List.of(DISPATCHING, DISPATCHING), List.of(DISPATCHING, ASSIGNED), List.of(DISPATCHING, UNASSIGNED),
            List.of(DISPATCHING, CANCELLED),
            List.of(ASSIGNED, IN_PROGRESS), List.of(ASSIGNED, CANCELLED),
            List.of(IN_PROGRESS, COMPLETED), List.of(IN_PROGRESS, CANCELLED),
            List.of(UNASSIGNED, DISPATCHING), List.of(UNASSIGNED, ASSIGNED), List.of(UNASSIGNED, CANCELLED));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (OrderState from : OrderState.values()) {
            for (OrderState to : OrderState.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.contains(List.of(from, to))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void allowsExactlyTheTransitionsOfTheDesign(OrderState from, OrderState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void aCustomerMayCancelOnlyBeforeTheWorkStarts(OrderState state) {
        boolean expected = Set.of(PLACED, DISPATCHING, ASSIGNED, UNASSIGNED).contains(state);
        assertThat(state.cancellableByCustomer()).isEqualTo(expected);
        assertThat(state.isFinal()).isEqualTo(state == COMPLETED || state == CANCELLED);
    }

    static Stream<OrderState> states() {
        return Stream.of(OrderState.values());
    }
}
