package fr.centreisere.concierge.order.company;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.Orders;

/**
 * A company's statement of a month, computed when asked from its completed orders and, apart, its orders of
 * the month not yet completed (nothing is stored, so a late completion or a correction shows at once). Its
 * admin or a coordinator only.
 */
public class ProduceStatement {

    private final Companies companies;
    private final Employees employees;
    private final Orders orders;

    public ProduceStatement(Companies companies, Employees employees, Orders orders) {
        this.companies = companies;
        this.employees = employees;
        this.orders = orders;
    }

    /** @throws CompanyNotFound for a company the caller does not manage */
    public Statement of(CompanyCaller caller, String companyId, YearMonth month) {
        Company company = companies.find(companyId).filter(c -> caller.manages(c.id()))
                .orElseThrow(() -> CompanyNotFound.id(companyId));
        List<Order> completed = orders.completedForCompany(company.id(), Statement.startOf(month),
                Statement.startOf(month.plusMonths(1)));
        Map<String, Optional<String>> emails = new HashMap<>();
        List<Statement.Line> lines = completed.stream()
                .flatMap(order -> Statement.lineOf(order, emails.computeIfAbsent(order.customer().userId(),
                        user -> employees.find(company.id(), user).map(Employee::email))
                        .orElse(null)).stream())
                .filter(line -> YearMonth.from(line.date()).equals(month))
                .toList();
        List<Statement.Commitment> commitments;
        try (var ofTheMonth = orders.stream(new OrderQuery(null, null, null, company.id(), month.atDay(1),
                month.atEndOfMonth()))) {
            commitments = ofTheMonth.flatMap(order -> Statement.commitmentOf(order).stream()).toList();
        }
        return new Statement(company.id(), company.name(), month, lines, commitments);
    }
}
