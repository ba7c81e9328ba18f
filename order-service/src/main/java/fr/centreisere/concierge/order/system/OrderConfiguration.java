package fr.centreisere.concierge.order.system;

import java.time.Clock;
import java.util.random.RandomGenerator;

import fr.centreisere.concierge.order.availability.Availability;
import fr.centreisere.concierge.order.catalog.Catalog;
import fr.centreisere.concierge.order.dispatch.Dispatches;
import fr.centreisere.concierge.order.dispatch.MemberFits;
import fr.centreisere.concierge.order.orders.CancelOrder;
import fr.centreisere.concierge.order.orders.CompanyBilling;
import fr.centreisere.concierge.order.orders.DeliverMessages;
import fr.centreisere.concierge.order.orders.FindOrders;
import fr.centreisere.concierge.order.orders.OrderNumbers;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.OutboxPolicy;
import fr.centreisere.concierge.order.orders.OutgoingMessage;
import fr.centreisere.concierge.order.orders.PlaceOrder;
import fr.centreisere.concierge.order.orders.ReassignOrder;
import fr.centreisere.concierge.order.orders.RecordJobEvent;
import fr.centreisere.concierge.order.orders.RescheduleOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The orders' use cases, wired to their adapters; the Feign clients to catalog- and provider-service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableFeignClients(basePackages = "fr.centreisere.concierge.order")
class OrderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliverMessages.class);

    @Bean
    DeliverMessages deliverMessages(Orders orders, Dispatches dispatches, OutboxProperties outbox, Clock clock) {
        OutboxPolicy policy = new OutboxPolicy(outbox.firstRetry(), outbox.maxRetry(), outbox.jitter(), outbox.lease(),
                outbox.batchSize());
        return new DeliverMessages(orders, dispatches, policy, clock, RandomGenerator.getDefault(),
                new DeliverMessages.Listener() {
                    @Override
                    public void failed(String orderId, OutgoingMessage message, RuntimeException error) {
                        log.warn("Order {}: {} not delivered (attempt {}), retried later: {}", orderId, message.kind(),
                                message.attempts() + 1, error.toString());
                    }

                    @Override
                    public void refused(String orderId, OutgoingMessage message, RuntimeException refusal) {
                        log.warn("Order {}: {} refused by provider-service, dropped: {}", orderId, message.kind(),
                                refusal.getMessage());
                    }
                });
    }

    @Bean
    PlaceOrder placeOrder(Orders orders, OrderNumbers numbers, Catalog catalog, Availability availability,
            DeliverMessages delivery, Clock clock, CompanyBilling companies) {
        return new PlaceOrder(orders, numbers, catalog, availability, delivery, clock, companies);
    }

    @Bean
    FindOrders findOrders(Orders orders) {
        return new FindOrders(orders);
    }

    @Bean
    CancelOrder cancelOrder(Orders orders, DeliverMessages delivery, Clock clock, CompanyBilling companies) {
        return new CancelOrder(orders, delivery, clock, companies);
    }

    @Bean
    ReassignOrder reassignOrder(Orders orders, MemberFits fits, DeliverMessages delivery, Clock clock) {
        return new ReassignOrder(orders, fits, delivery, clock);
    }

    @Bean
    RescheduleOrder rescheduleOrder(Orders orders, Catalog catalog, Availability availability,
            CompanyBilling companies, DeliverMessages delivery, Clock clock) {
        return new RescheduleOrder(orders, catalog, availability, companies, delivery, clock);
    }

    @Bean
    RecordJobEvent recordJobEvent(Orders orders, Clock clock, CompanyBilling companies) {
        return new RecordJobEvent(orders, clock, companies);
    }
}
