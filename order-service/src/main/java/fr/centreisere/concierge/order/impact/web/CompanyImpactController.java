package fr.centreisere.concierge.order.impact.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.centreisere.concierge.order.company.CompanyCaller;
import fr.centreisere.concierge.order.impact.CompanyImpact;
import fr.centreisere.concierge.order.impact.ImpactPeriod;
import fr.centreisere.concierge.order.impact.ReportCompanyImpact;
import fr.centreisere.concierge.order.impact.StructureType;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.export.ExportFormat;
import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/companies/{id}/impact?year=yyyy} or {@code ?month=yyyy-MM} (docs/API.md): the company's bilan RSE
 * as JSON, or with {@code format=pdf} (or {@code Accept: application/pdf}) the PDF a company attaches to its CSR
 * report; {@code format=csv|xlsx} the by-structure table. Neither given: the current year. Its admins and
 * coordinators; anyone else 404.
 */
@RestController
class CompanyImpactController {

    private final ReportCompanyImpact impacts;
    private final Clock clock;
    private final String poleName;

    CompanyImpactController(ReportCompanyImpact impacts, Clock clock,
            @Value("${concierge.pole.name:Pôle de services du Centre Isère}") String poleName) {
        this.impacts = impacts;
        this.clock = clock;
        this.poleName = poleName;
    }

    record TallyView(String key, String name, int orders, BigDecimal hoursWorked, BigDecimal insertionHours) {
        static TallyView of(CompanyImpact.Tally t) {
            return new TallyView(t.key(), t.name(), t.orders(), t.hoursWorked(), t.insertionHours());
        }
    }

    record StructureView(String memberId, String memberName, String structureType, int orders, BigDecimal hoursWorked,
            BigDecimal insertionHours) {
    }

    record StructureTypeView(String code, String name, String explanation, String nameEn, String explanationEn,
            boolean siae) {
        static StructureTypeView of(StructureType type) {
            return new StructureTypeView(type.name(), type.frenchName(), type.frenchExplanation(), type.englishName(),
                    type.englishExplanation(), type.isSiae());
        }
    }

    record ImpactView(String companyId, String companyName, String period, LocalDate from, LocalDate to,
            int ordersCompleted, int ordersReported, BigDecimal hoursWorked, BigDecimal insertionHours,
            BigDecimal siaeInsertionHours, List<StructureView> byStructure, List<TallyView> byStructureType,
            List<TallyView> byCategory, List<StructureTypeView> structureTypes, String poleName) {
    }

    /**
     * The company's social-impact statement (« bilan RSE ») for a year or a month: the hours of work its
     * employees' orders gave, and those given to people in insertion, by member structure, structure type and
     * category, with the types explained; JSON, PDF, or the table by structure as CSV or XLSX. Its admins and
     * coordinators; others get a 404.
     */
    @GetMapping("/api/companies/{companyId}/impact")
    ResponseEntity<?> impact(CurrentUser user, @PathVariable String companyId,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String month,
            ExportRequest export) {
        CompanyImpact impact = impacts.of(callerOf(user), companyId, periodOf(year, month));
        String fileName = "bilan-rse-%s-%s".formatted(impact.companyId(), impact.period().label());
        if (export.wantsPdf()) {
            return export.document(ExportFormat.PDF, CompanyImpactPdf.draw(impact, poleName, clock.instant()), fileName);
        }
        if (export.wantsFile()) {
            return export.file(CompanyImpactPdf.STRUCTURES, impact.byStructure(), fileName);
        }
        return ResponseEntity.ok(view(impact));
    }

    private ImpactView view(CompanyImpact impact) {
        return new ImpactView(impact.companyId(), impact.companyName(), impact.period().label(), impact.period().from(),
                impact.period().to(), impact.ordersCompleted(), impact.ordersReported(), impact.hoursWorked(),
                impact.insertionHours(), impact.siaeInsertionHours(),
                impact.byStructure().stream().map(s -> new StructureView(s.tally().key(), s.tally().name(),
                        s.type().name(), s.tally().orders(), s.tally().hoursWorked(), s.tally().insertionHours())).toList(),
                impact.byStructureType().stream().map(TallyView::of).toList(),
                impact.byCategory().stream().map(TallyView::of).toList(),
                impact.structureTypes().stream().map(StructureTypeView::of).toList(), poleName);
    }

    /** {@code year=yyyy} or {@code month=yyyy-MM}, not both; neither: the current year in Paris. 400 otherwise. */
    private ImpactPeriod periodOf(@Nullable String year, @Nullable String month) {
        if (year != null && month != null) {
            throw bad("month", "validation.year-or-month");
        }
        if (month != null) {
            if (month.matches("\\d{4}-\\d{2}")) {
                try {
                    return ImpactPeriod.month(YearMonth.parse(month));
                } catch (DateTimeParseException unreadable) {
                    // the same problem below
                }
            }
            throw bad("month", "validation.month");
        }
        if (year != null) {
            if (year.matches("\\d{4}")) {
                return ImpactPeriod.year(Year.parse(year));
            }
            throw bad("year", "validation.year");
        }
        return ImpactPeriod.year(Year.now(clock.withZone(Slot.TERRITORY_ZONE)));
    }

    private static ErrorResponseException bad(String field, String code) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ApiProblemHandler.validation(List.of(FieldError.of(field, Message.of(code)))), null);
    }

    private static CompanyCaller callerOf(CurrentUser user) {
        return new CompanyCaller(user.userId(), user.email(), user.displayName(), user.isCoordinator(),
                user.isCompanyAdmin() ? user.companyId() : null);
    }
}
