package fr.centreisere.concierge.order.company.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.Contract;
import fr.centreisere.concierge.order.company.Employee;
import fr.centreisere.concierge.order.company.ManageCompanies;
import fr.centreisere.concierge.order.company.Statement;
import org.jspecify.annotations.Nullable;

/** The companies' answers (docs/API.md), as records. */
final class CompanyViews {

    private CompanyViews() {
    }

    record AddressView(String line1, @Nullable String line2, String postalCode) {
    }

    record SiteView(String id, String name, AddressView address, String communeInsee) {
    }

    record ContractView(BigDecimal employerSharePercent, long monthlyCapCentsPerEmployee, List<String> includedCategories,
            String validFrom, @Nullable String validTo) {
    }

    record CompanyView(String id, String name, String siret, List<String> emailDomains, List<SiteView> sites,
            ContractView contract, Instant registeredAt, long version) {
    }

    /** {@code GET /api/companies/mine}: the company, the caller's status and, approved, what is left this month. */
    record MineView(String id, String name, List<String> emailDomains, List<SiteView> sites, ContractView contract,
            String status, @Nullable Instant requestedAt, @Nullable Long monthlyCapCents, @Nullable Long capLeftCents) {
    }

    record EmployeeView(String userId, @Nullable String email, @Nullable String displayName, String status,
            Instant requestedAt, @Nullable Instant decidedAt, @Nullable String decidedBy) {
    }

    record TitleView(String fr, String en) {
    }

    record LineView(String orderId, String orderNumber, String employeeUserId, String employeeName,
            @Nullable String employeeEmail, String serviceId, TitleView serviceTitle, String category, String date,
            Instant completedAt, long totalCents, long employerShareCents, long employeeShareCents,
            long subtotalCents, BigDecimal vatRatePercent, long vatCents) {
    }

    /** The lines at one VAT rate, added up. */
    record VatTotalView(BigDecimal ratePercent, long subtotalCents, long vatCents, long totalCents) {
    }

    /** An order of the month not yet completed (issue 16): its state, its slot day, what it will cost. */
    record CommitmentView(String orderId, String orderNumber, String employeeUserId, String employeeName,
            TitleView serviceTitle, String category, String state, String slotDate, long subtotalCents,
            BigDecimal vatRatePercent, long vatCents, long totalCents, long employerShareCents, long employeeShareCents) {
    }

    record CommitmentTotalsView(int count, long subtotalCents, long vatCents, long totalCents, long employerShareCents,
            long employeeShareCents) {
    }

    /** The fields before issue 16 first, unchanged; then HT, TVA, the totals by rate and the commitments. */
    record StatementView(String companyId, String companyName, String month, List<LineView> lines, long totalCents,
            long employerTotalCents, long employeeTotalCents, long subtotalCents, long vatCents,
            List<VatTotalView> vatTotals, List<CommitmentView> commitments, CommitmentTotalsView commitmentTotals) {
    }

    static CompanyView of(Company company) {
        return new CompanyView(company.id(), company.name(), company.siret().value(), domains(company),
                sites(company), contract(company.contract()), company.registeredAt(),
                company.version() == null ? 0 : company.version());
    }

    static MineView of(ManageCompanies.Mine mine) {
        Company company = mine.company();
        boolean approved = mine.capLeft() != null;
        return new MineView(company.id(), company.name(), domains(company), sites(company), contract(company.contract()),
                mine.status().name(), mine.employee() == null ? null : mine.employee().requestedAt(),
                approved ? company.contract().monthlyCapPerEmployee().cents() : null,
                approved ? mine.capLeft().cents() : null);
    }

    static EmployeeView of(Employee e) {
        return new EmployeeView(e.userId(), e.email(), e.displayName(), e.status().name(), e.requestedAt(),
                e.decidedAt(), e.decidedBy());
    }

    static StatementView of(Statement statement) {
        return new StatementView(statement.companyId(), statement.companyName(), statement.month().toString(),
                statement.lines().stream().map(l -> new LineView(l.orderId(), l.orderNumber(), l.employeeUserId(),
                        l.employeeName(), l.employeeEmail(), l.serviceId(),
                        new TitleView(l.serviceTitle().fr(), l.serviceTitle().en()), l.category(), l.date().toString(),
                        l.completedAt(), l.total().cents(), l.employerShare().cents(), l.employeeShare().cents(),
                        l.subtotal().cents(), l.vatRatePercent(), l.vat().cents()))
                        .toList(),
                statement.total().cents(), statement.employerTotal().cents(), statement.employeeTotal().cents(),
                statement.subtotal().cents(), statement.vat().cents(),
                statement.vatTotals().stream().map(v -> new VatTotalView(v.ratePercent(), v.subtotal().cents(),
                        v.vat().cents(), v.total().cents())).toList(),
                statement.commitments().stream().map(c -> new CommitmentView(c.orderId(), c.orderNumber(),
                        c.employeeUserId(), c.employeeName(), new TitleView(c.serviceTitle().fr(), c.serviceTitle().en()),
                        c.category(), c.state().name(), c.slotDate().toString(), c.subtotal().cents(),
                        c.vatRatePercent(), c.vat().cents(), c.total().cents(), c.employerShare().cents(),
                        c.employeeShare().cents())).toList(),
                new CommitmentTotalsView(statement.commitments().size(), statement.commitmentsSubtotal().cents(),
                        statement.commitmentsVat().cents(), statement.commitmentsTotal().cents(),
                        statement.commitmentsEmployerTotal().cents(), statement.commitmentsEmployeeTotal().cents()));
    }

    private static List<String> domains(Company company) {
        return company.emailDomains().stream().sorted().toList();
    }

    private static List<SiteView> sites(Company company) {
        return company.sites().stream().map(s -> new SiteView(s.id(), s.name(),
                new AddressView(s.address().line1(), s.address().line2(), s.address().postalCode()), s.communeInsee()))
                .toList();
    }

    private static ContractView contract(Contract c) {
        return new ContractView(c.employerSharePercent(), c.monthlyCapPerEmployee().cents(),
                c.includedCategories().stream().sorted().toList(), c.validFrom().toString(),
                c.validTo() == null ? null : c.validTo().toString());
    }
}
