package fr.centreisere.concierge.order.impact;

import java.util.List;

import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.CompanyCaller;
import fr.centreisere.concierge.order.company.CompanyNotFound;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.Orders;

/**
 * A company's bilan RSE of a period, computed when asked: its orders completed in the period (order-service knows
 * which are the company's), and the work their members reported (provider-service knows the hours and the kinds
 * of structure). Its admins and coordinators only; anyone else is told the company does not exist (404).
 */
public class ReportCompanyImpact {

    private final Companies companies;
    private final Orders orders;
    private final InsertionWork work;

    public ReportCompanyImpact(Companies companies, Orders orders, InsertionWork work) {
        this.companies = companies;
        this.orders = orders;
        this.work = work;
    }

    /**
     * @throws CompanyNotFound for a company the caller does not manage
     * @throws InsertionWork.WorkUnavailable when provider-service does not answer
     */
    public CompanyImpact of(CompanyCaller caller, String companyId, ImpactPeriod period) {
        Company company = companies.find(companyId).filter(c -> caller.manages(c.id()))
                .orElseThrow(() -> CompanyNotFound.id(companyId));
        List<String> completed = orders.completedForCompany(company.id(), period.start(), period.end()).stream()
                .map(Order::id).toList();
        List<WorkDone> done = completed.isEmpty() ? List.of() : work.forOrders(completed);
        return new CompanyImpact(company.id(), company.name(), period, completed.size(), done);
    }
}
