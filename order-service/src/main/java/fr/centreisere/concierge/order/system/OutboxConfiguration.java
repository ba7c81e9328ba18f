package fr.centreisere.concierge.order.system;

import java.time.Clock;
import java.util.List;

import fr.centreisere.concierge.order.availability.Availability;
import fr.centreisere.concierge.order.dispatch.Dispatches;
import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.order.orders.ApplyProviderOutcome;
import fr.centreisere.concierge.order.orders.DispatchAtOnce;
import fr.centreisere.concierge.order.orders.OrderMeters;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.ProviderMessages;
import fr.centreisere.concierge.order.orders.ReportAttention;
import fr.centreisere.concierge.order.orders.SendMessages;
import fr.centreisere.concierge.order.orders.SendToProvider;
import fr.centreisere.concierge.order.company.mongo.EmployeeOutboxLayouts;
import fr.centreisere.concierge.order.orders.mongo.OrderOutboxLayouts;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.GiveUp;
import fr.centreisere.concierge.platform.outbox.OutboxLayout;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import fr.centreisere.concierge.platform.outbox.OutboxSender;
import fr.centreisere.concierge.platform.outbox.OutboxSettings;
import fr.centreisere.concierge.platform.outbox.SendResult;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The platform outbox's relays of order-service, one per outbox, all with the settings of
 * {@code concierge.orders.outbox.*} (env {@code CONCIERGE_ORDER_OUTBOX_*}): an order's messages to
 * provider-service (its answer and refusals applied to the order in the same write), an order's
 * notifications and a company membership's notifications to notification-service (a 400 or 422 is
 * final: given up, reported). Each runs its rounds when {@code enabled}; leases keep instances apart.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    static final String SETTINGS = "concierge.orders.outbox";

    /** The owners with a message pending, per outbox: marked by the repositories, read by the relays' rounds. */
    @Bean
    DueSets dueSets(MongoTemplate mongo) {
        return new DueSets(mongo);
    }

    /** Not delivered on a mark: the change's use case delivers it itself (its answer is in what the caller sees). */
    @Bean
    SendToProvider sendToProvider(Orders orders, Dispatches dispatches) {
        return new SendToProvider(orders, dispatches);
    }

    @Bean
    ApplyProviderOutcome applyProviderOutcome(Orders orders, Availability availability, Clock clock, OrderMeters meters) {
        return new ApplyProviderOutcome(orders, availability, clock, meters);
    }

    @Bean
    OutboxRelay orderOutbox(MongoTemplate mongo, Environment environment, SendToProvider sendToProvider,
            ApplyProviderOutcome applyProviderOutcome, Clock clock, DueSets dueSets) {
        return OutboxRelay.builder(mongo, OrderOutboxLayouts.PROVIDER_SERVICE).dueSets(dueSets).deliverOnWrite(false)
                .settings(OutboxSettings.bind(environment, SETTINGS)).clock(clock)
                .destination(OutboxRelay.Destination.of(ProviderMessages.DESTINATION, sendToProvider)
                        .givingUp(SendToProvider.REFUSALS_ARE_FINAL)
                        .settledBy(applyProviderOutcome))
                .build();
    }

    /** A new order's dispatch leaves with the placing request, under the provider-service outbox's own rules. */
    @Bean
    DispatchAtOnce dispatchAtOnce(Orders orders, SendToProvider sendToProvider, ApplyProviderOutcome applyProviderOutcome,
            @Qualifier("orderOutbox") OutboxRelay orderOutbox, Clock clock, OrderMeters meters) {
        return new DispatchAtOnce(orders, sendToProvider, applyProviderOutcome, new DispatchAtOnce.OutboxRules() {
            @Override
            public OutboxMessage leased(OutboxMessage pending) {
                return orderOutbox.leasedToOwner(pending);
            }

            @Override
            public OutboxMessage settledAfter(OutboxMessage claimed, SendResult result) {
                return orderOutbox.settledAfter(claimed, result);
            }
        }, clock, meters);
    }

    @Bean
    OutboxRelay orderNotifications(MongoTemplate mongo, Environment environment, OutboxSender feignNotifications,
            Clock clock, DueSets dueSets) {
        return notifications(mongo, OrderOutboxLayouts.NOTIFICATIONS, environment, feignNotifications, clock, dueSets);
    }

    @Bean
    OutboxRelay membershipNotifications(MongoTemplate mongo, Environment environment, OutboxSender feignNotifications,
            Clock clock, DueSets dueSets) {
        return notifications(mongo, EmployeeOutboxLayouts.NOTIFICATIONS, environment, feignNotifications, clock,
                dueSets);
    }

    /** Delivered on a mark: right after the write that added them, on the relay's thread. */
    private static OutboxRelay notifications(MongoTemplate mongo, OutboxLayout layout, Environment environment,
            OutboxSender sender, Clock clock, DueSets dueSets) {
        return OutboxRelay.builder(mongo, layout).dueSets(dueSets)
                .settings(OutboxSettings.bind(environment, SETTINGS)).clock(clock)
                .destination(NotificationEvent.DESTINATION, sender, GiveUp.onStatus(400, 422)).build();
    }

    @Bean
    ReportAttention reportAttention(Orders orders, List<OutboxRelay> relays) {
        return new ReportAttention(orders, limit -> relays.stream()
                .flatMap(relay -> relay.needingAttention(limit).stream()).toList());
    }

    /** After a change, its provider-service message leaves at once (its answer is in what the caller sees). */
    @Bean
    SendMessages sendMessages(@Qualifier("orderOutbox") OutboxRelay orderOutbox) {
        return orderOutbox::deliverQuietly;
    }
}
