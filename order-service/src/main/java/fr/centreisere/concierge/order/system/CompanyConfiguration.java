package fr.centreisere.concierge.order.system;

import java.time.Clock;

import fr.centreisere.concierge.order.company.Allowances;
import fr.centreisere.concierge.order.company.BillEmployer;
import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Employees;
import fr.centreisere.concierge.order.company.ManageCompanies;
import fr.centreisere.concierge.order.company.ProduceStatement;
import fr.centreisere.concierge.order.impact.InsertionWork;
import fr.centreisere.concierge.order.impact.ReportCompanyImpact;
import fr.centreisere.concierge.order.orders.Orders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The companies' use cases, wired to their adapters; {@link BillEmployer} is also the orders' CompanyBilling. */
@Configuration(proxyBeanMethods = false)
class CompanyConfiguration {

    @Bean
    BillEmployer billEmployer(Companies companies, Employees employees, Allowances allowances) {
        return new BillEmployer(companies, employees, allowances);
    }

    @Bean
    ManageCompanies manageCompanies(Companies companies, Employees employees, BillEmployer billing, Clock clock) {
        return new ManageCompanies(companies, employees, billing, clock);
    }

    @Bean
    ProduceStatement produceStatement(Companies companies, Employees employees, Orders orders) {
        return new ProduceStatement(companies, employees, orders);
    }

    @Bean
    ReportCompanyImpact reportCompanyImpact(Companies companies, Orders orders, InsertionWork work) {
        return new ReportCompanyImpact(companies, orders, work);
    }
}
