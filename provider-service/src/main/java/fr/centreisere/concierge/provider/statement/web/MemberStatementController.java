package fr.centreisere.concierge.provider.statement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.export.ExportFormat;
import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.statement.MemberStatement;
import fr.centreisere.concierge.provider.statement.ProduceMemberStatement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/members/{id}/statements/{yyyy-MM}} (docs/API.md): JSON, or with {@code format=csv|xlsx|pdf}
 * (or {@code Accept}) the lines and the total as a file. Its staff and coordinators; anyone else 404.
 */
@RestController
class MemberStatementController {

    private final ProduceMemberStatement statements;
    private final Clock clock;
    private final String poleName;

    MemberStatementController(ProduceMemberStatement statements, Clock clock,
            @Value("${concierge.pole.name:Pôle de services du Centre Isère}") String poleName) {
        this.statements = statements;
        this.clock = clock;
        this.poleName = poleName;
    }

    record LineView(String jobId, String orderNumber, String serviceName, String category, String communeName,
            LocalDate slotDate, Instant completedAt, LocalDate completedOn, BigDecimal hoursWorked,
            BigDecimal insertionHours, long revenueCents, long commissionCents, long payoutCents) {

        static LineView of(MemberStatement.Line line) {
            return new LineView(line.jobId(), line.orderNumber(), line.serviceName(), line.category(),
                    line.communeName(), line.slotDate(), line.completedAt(), line.completedOn(), line.hoursWorked(),
                    line.insertionHours(), line.revenue().cents(), line.commission().cents(), line.payout().cents());
        }
    }

    record StatementView(String memberId, String memberName, String structureType, String month, List<LineView> lines,
            int jobsDone, BigDecimal hoursWorked, BigDecimal insertionHours, long revenueCents, long commissionCents,
            long payoutCents) {

        static StatementView of(MemberStatement s) {
            return new StatementView(s.memberId(), s.memberName(), s.structureType().name(), s.month().toString(),
                    s.lines().stream().map(LineView::of).toList(), s.jobsDone(), s.hoursWorked(), s.insertionHours(),
                    s.revenue().cents(), s.commission().cents(), s.payout().cents());
        }
    }

    /**
     * A member structure's monthly statement: the jobs it completed in the month with hours worked, insertion
     * hours, revenue (the orders' amounts before VAT) and the pole's commission; JSON, CSV (both dialects),
     * XLSX or PDF. Its staff and coordinators; another member's staff gets a 404.
     */
    @GetMapping("/api/members/{memberId}/statements/{month}")
    ResponseEntity<?> statement(CurrentUser user, @PathVariable String memberId, @PathVariable String month,
            ExportRequest export) {
        MemberStatement statement = statements.of(callerOf(user), memberId, monthOf(month));
        String fileName = "releve-%s-%s".formatted(statement.memberId(), statement.month());
        if (export.wantsPdf()) {
            return export.document(ExportFormat.PDF, MemberStatementPdf.draw(statement, poleName, clock.instant()),
                    fileName);
        }
        if (export.wantsFile()) {
            return export.file(MemberStatementExport.tableFor(export), MemberStatementExport.rows(statement),
                    fileName);
        }
        return ResponseEntity.ok(StatementView.of(statement));
    }

    /** {@code yyyy-MM}, or a 400 problem on {@code month}. */
    static YearMonth monthOf(String month) {
        if (month.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException unreadable) {
                // the same problem as any other bad month
            }
        }
        throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ApiProblemHandler.validation(List.of(FieldError.of(
                "month", Message.of("validation.month")))), null);
    }

    private static Caller callerOf(CurrentUser user) {
        return new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
    }
}
