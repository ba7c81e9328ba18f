package fr.centreisere.concierge.order.report.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.order.orders.Caller;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.report.OrderReport;
import fr.centreisere.concierge.order.report.OrderTally;
import fr.centreisere.concierge.order.report.Period;
import fr.centreisere.concierge.order.report.ReportOrders;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.security.CurrentUser;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/orders}: a period's numbers, with the filters of {@code GET /api/orders}; each
 * count is what that list's {@code totalElements} says for the same filters (and the period as
 * {@code from}/{@code to}).
 */
@RestController
class ReportController {

    static final String CATEGORY = "[A-Z][A-Z_]{0,39}";

    private final ReportOrders reportOrders;

    ReportController(ReportOrders reportOrders) {
        this.reportOrders = reportOrders;
    }

    /** The filters as applied (the period's defaults filled in), then the counts. */
    record ReportView(LocalDate from, LocalDate to, Map<String, @Nullable String> filters, long total,
            Map<String, Long> byState, Map<String, Long> byCategory, Map<String, Long> byCommune,
            Map<String, Long> byMember, Map<String, Long> byCompany, long withoutMember, long withoutCompany,
            long completed, long revenueCents, long commissionCents) {

        static ReportView of(OrderReport report) {
            OrderTally tally = report.tally();
            OrderQuery query = report.query();
            Map<String, @Nullable String> filters = new LinkedHashMap<>();
            filters.put("state", query.state() == null ? null : query.state().name());
            filters.put("communeInsee", query.communeInsee());
            filters.put("category", query.category());
            filters.put("memberId", query.memberId());
            filters.put("companyId", query.companyId());
            // every state, zero included, in the order of the state machine: a chart shows them all
            Map<String, Long> byState = new LinkedHashMap<>();
            for (OrderState state : OrderState.values()) {
                byState.put(state.name(), tally.byState().getOrDefault(state.name(), 0L));
            }
            return new ReportView(report.period().from(), report.period().to(), filters, tally.total(), byState,
                    sortedByCount(tally.byCategory()), sortedByCount(tally.byCommune()),
                    sortedByCount(tally.byMember()), sortedByCount(tally.byCompany()), tally.withoutMember(),
                    tally.withoutCompany(), tally.completed(), tally.revenueCents(), tally.commissionCents());
        }

        private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return sorted;
        }
    }

    /**
     * For coordinators: a period's orders counted by state, category, commune and member, with the money
     * (totals, employers' shares, the pole's commission); the same filters as the order list.
     */
    @GetMapping("/api/reports/orders")
    ReportView orders(CurrentUser user,
            @RequestParam(required = false) @Nullable OrderState state,
            @RequestParam(required = false) @Nullable @Pattern(regexp = IdPatterns.INSEE, message = IdPatterns.INSEE_MESSAGE) String communeInsee,
            @RequestParam(required = false) @Nullable @Pattern(regexp = CATEGORY, message = "{validation.category}") String category,
            @RequestParam(required = false) @Nullable @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = IdPatterns.COMPANY, message = IdPatterns.COMPANY_MESSAGE) String companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Caller caller = new Caller(user.userId(), user.displayName(), user.isCoordinator(),
                user.isMemberStaff() ? user.memberId() : null);
        return ReportView.of(reportOrders.of(caller,
                new OrderQuery(null, state, communeInsee, category, memberId, companyId, from, to, false)));
    }

    @ExceptionHandler(Period.InvalidPeriod.class)
    ResponseEntity<ProblemDetail> invalidPeriod(Period.InvalidPeriod e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblemHandler.validation(List.of(FieldError.of("to", e.text()))));
    }
}
