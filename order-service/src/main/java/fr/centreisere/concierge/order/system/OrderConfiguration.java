package fr.centreisere.concierge.order.system;

import java.time.Clock;

import fr.centreisere.concierge.order.availability.Availability;
import fr.centreisere.concierge.order.catalog.Catalog;
import fr.centreisere.concierge.order.dispatch.MemberFits;
import fr.centreisere.concierge.order.orders.CancelOrder;
import fr.centreisere.concierge.order.orders.CompanyBilling;
import fr.centreisere.concierge.order.orders.FindOrders;
import fr.centreisere.concierge.order.orders.ShowVisit;
import fr.centreisere.concierge.order.orders.OrderMeters;
import fr.centreisere.concierge.order.orders.OrderNumbers;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.PlaceOrder;
import fr.centreisere.concierge.order.orders.ReassignOrder;
import fr.centreisere.concierge.order.orders.RecordJobEvent;
import fr.centreisere.concierge.order.orders.RescheduleOrder;
import fr.centreisere.concierge.order.orders.DispatchAtOnce;
import fr.centreisere.concierge.order.orders.SendMessages;
import org.springframework.cloud.openfeign.EnableFeignClients;
import fr.centreisere.concierge.order.report.OrderTallies;
import fr.centreisere.concierge.order.report.ReportOrders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The orders' use cases, wired to their adapters; the Feign clients to catalog-, provider- and notification-service. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "fr.centreisere.concierge.order")
class OrderConfiguration {

    @Bean
    PlaceOrder placeOrder(Orders orders, OrderNumbers numbers, Catalog catalog, Availability availability,
            DispatchAtOnce dispatch, Clock clock, CompanyBilling companies, OrderMeters meters) {
        return new PlaceOrder(orders, numbers, catalog, availability, dispatch, clock, companies, meters);
    }

    @Bean
    FindOrders findOrders(Orders orders) {
        return new FindOrders(orders);
    }

    @Bean
    ShowVisit showVisit(Orders orders, CompanyBilling companies) {
        return new ShowVisit(orders, companies);
    }

    @Bean
    CancelOrder cancelOrder(Orders orders, SendMessages delivery, Clock clock, CompanyBilling companies) {
        return new CancelOrder(orders, delivery, clock, companies);
    }

    @Bean
    ReassignOrder reassignOrder(Orders orders, MemberFits fits, SendMessages delivery, Clock clock) {
        return new ReassignOrder(orders, fits, delivery, clock);
    }

    @Bean
    RescheduleOrder rescheduleOrder(Orders orders, Catalog catalog, Availability availability,
            CompanyBilling companies, SendMessages delivery, Clock clock) {
        return new RescheduleOrder(orders, catalog, availability, companies, delivery, clock);
    }

    @Bean
    RecordJobEvent recordJobEvent(Orders orders, Clock clock, CompanyBilling companies, Availability availability,
            OrderMeters meters) {
        return new RecordJobEvent(orders, clock, companies, availability, meters);
    }

    @Bean
    ReportOrders reportOrders(OrderTallies tallies, Clock clock) {
        return new ReportOrders(tallies, clock);
    }
}
