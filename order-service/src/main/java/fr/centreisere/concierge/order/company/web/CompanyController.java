package fr.centreisere.concierge.order.company.web;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.CompanyCaller;
import fr.centreisere.concierge.order.company.Employees;
import fr.centreisere.concierge.order.company.ManageCompanies;
import fr.centreisere.concierge.order.company.ProduceStatement;
import fr.centreisere.concierge.order.company.Siret;
import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.order.company.web.CompanyViews.CompanyView;
import fr.centreisere.concierge.order.company.web.CompanyViews.EmployeeView;
import fr.centreisere.concierge.order.company.web.CompanyViews.MineView;
import fr.centreisere.concierge.platform.export.CsvDialect;
import fr.centreisere.concierge.platform.export.ExportFormat;
import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Companies of docs/API.md: registration (coordinators), the caller's company and joining it, employees and
 * their approval, monthly statements as JSON or CSV. Another company than the admin's own is a 404.
 */
@RestController
@RequestMapping("/api/companies")
class CompanyController {

    private final ManageCompanies companies;
    private final ProduceStatement statements;
    private final Clock clock;

    private final String poleName;

    CompanyController(ManageCompanies companies, ProduceStatement statements, Clock clock,
            @Value("${concierge.pole.name:Pôle de services du Centre Isère}") String poleName) {
        this.companies = companies;
        this.statements = statements;
        this.clock = clock;
        this.poleName = poleName;
    }

    /**
     * A coordinator registers a partner company (201 with its Location): SIRET, e-mail domains, sites and the
     * contract (employer's share, monthly cap per employee, categories included).
     */
    @PostMapping
    ResponseEntity<?> register(CurrentUser user, @Valid @RequestBody RegisterCompanyRequest body) {
        if (!Siret.isValid(body.siret())) {
            return ResponseEntity.badRequest().body(ApiProblemHandler.validation(List.of(siretError())));
        }
        Company company = companies.register(body.toCompany(clock));
        return ResponseEntity.created(URI.create("/api/companies/" + company.id())).body(CompanyViews.of(company));
    }

    /** A coordinator's change (docs/API.md): the same body as registration, plus the {@code version} read. */
    @PutMapping("/{companyId}")
    ResponseEntity<?> change(CurrentUser user, @PathVariable String companyId, @Valid @RequestBody RegisterCompanyRequest body) {
        if (!Siret.isValid(body.siret())) {
            return ResponseEntity.badRequest().body(ApiProblemHandler.validation(List.of(siretError())));
        }
        return ResponseEntity.ok(CompanyViews.of(companies.change(companyId, body.toCompany(clock), body.version())));
    }

    private static FieldError siretError() {
        return FieldError.of("siret", Message.of("validation.siret-luhn"));
    }

    /** For coordinators: every partner company. */
    @GetMapping
    List<CompanyView> all(CurrentUser user) {
        return companies.all(callerOf(user)).stream().map(CompanyViews::of).toList();
    }

    /**
     * The company whose e-mail domain matches the caller's address, and the caller's membership of it (none:
     * 404).
     */
    @GetMapping("/mine")
    MineView mine(CurrentUser user) {
        return CompanyViews.of(companies.mine(callerOf(user)));
    }

    /**
     * The caller asks to join the company of their e-mail domain: PENDING until its admin approves; again
     * while pending or approved changes nothing, once revoked it is a 409.
     */
    @PostMapping("/mine/join")
    MineView join(CurrentUser user) {
        return CompanyViews.of(companies.join(callerOf(user)));
    }

    /** One company, for its admins and coordinators (others: 404). */
    @GetMapping("/{companyId}")
    CompanyView one(CurrentUser user, @PathVariable String companyId) {
        return CompanyViews.of(companies.one(callerOf(user), companyId));
    }

    /** The company's employees and their membership states, for its admins and coordinators. */
    @GetMapping("/{companyId}/employees")
    Page<EmployeeView> employees(CurrentUser user, @PathVariable String companyId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = companies.employees(callerOf(user), companyId, page, size);
        return new Page<>(found.content().stream().map(CompanyViews::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    /**
     * The company's admin (or a coordinator) approves an employee, who may then bill the company; from
     * PENDING or REVOKED, else 409.
     */
    @PostMapping("/{companyId}/employees/{userId}/approve")
    EmployeeView approve(CurrentUser user, @PathVariable String companyId, @PathVariable String userId) {
        return CompanyViews.of(companies.approve(callerOf(user), companyId, userId));
    }

    /**
     * The company's admin (or a coordinator) revokes an employee's membership; from PENDING or APPROVED, else
     * 409.
     */
    @PostMapping("/{companyId}/employees/{userId}/revoke")
    EmployeeView revoke(CurrentUser user, @PathVariable String companyId, @PathVariable String userId) {
        return CompanyViews.of(companies.revoke(callerOf(user), companyId, userId));
    }

    /**
     * JSON by default; a file with {@code format=csv|xlsx|pdf} or {@code Accept: text/csv} (the contract's RFC 4180
     * CSV unless {@code dialect=fr}), the XLSX type or {@code application/pdf}.
     */
    @GetMapping("/{companyId}/statements/{month}")
    ResponseEntity<?> statement(CurrentUser user, @PathVariable String companyId, @PathVariable String month,
            ExportRequest export) {
        Statement statement = statementOf(user, companyId, month);
        if (export.wantsPdf()) {
            return export.document(ExportFormat.PDF, StatementPdf.draw(statement, poleName, clock.instant()),
                    "releve-%s-%s".formatted(statement.companyId(), statement.month()));
        }
        if (export.wantsFile()) {
            ExportRequest asked = export.withDefaultDialect(CsvDialect.RFC_4180);
            return asked.file(StatementExport.tableFor(asked),
                    StatementExport.rows(statement), "releve-%s-%s".formatted(statement.companyId(), statement.month()));
        }
        return ResponseEntity.ok(CompanyViews.of(statement));
    }

    private Statement statementOf(CurrentUser user, String companyId, String month) {
        return statements.of(callerOf(user), companyId, monthOf(month));
    }

    private static YearMonth monthOf(String month) {
        if (!month.matches("\\d{4}-\\d{2}")) {
            throw new BadMonth(month);
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadMonth(month);
        }
    }

    /** A month that is not {@code yyyy-MM}: a 400 on the {@code month} path segment. */
    static final class BadMonth extends RuntimeException {
        BadMonth(String month) {
            super(month);
        }
    }

    static CompanyCaller callerOf(CurrentUser user) {
        return new CompanyCaller(user.userId(), user.email(), user.displayName(), user.isCoordinator(),
                user.isCompanyAdmin() ? user.companyId() : null);
    }

}
