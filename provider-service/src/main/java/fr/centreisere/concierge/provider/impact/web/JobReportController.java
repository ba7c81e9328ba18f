package fr.centreisere.concierge.provider.impact.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.impact.ReportJobs;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.member.Caller;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/jobs}: a period's jobs, hours worked and insertion hours, for coordinators. */
@RestController
class JobReportController {

    private final ReportJobs reportJobs;

    JobReportController(ReportJobs reportJobs) {
        this.reportJobs = reportJobs;
    }

    record JobReportView(LocalDate from, LocalDate to, Map<String, String> filters, long total,
            Map<String, Long> byState, Map<String, Long> byMember, long reported, double hoursWorked,
            double insertionHours, long revenueCents, long commissionCents) {
    }

    /**
     * For coordinators: a period's jobs counted by state and by member (filters: state, commune, category,
     * member), with the hours worked and insertion hours reported, the revenue and the pole's commission.
     */
    @GetMapping("/api/reports/jobs")
    JobReportView jobs(CurrentUser user, @RequestParam(required = false) JobState state,
            @RequestParam(required = false) @Pattern(regexp = IdPatterns.INSEE, message = IdPatterns.INSEE_MESSAGE) String communeInsee,
            @RequestParam(required = false) @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Caller caller = new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
        ReportJobs.JobReport report = reportJobs.of(caller, state, communeInsee, memberId, from, to);
        Jobs.JobTally tally = report.tally();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("state", state == null ? null : state.name());
        filters.put("communeInsee", communeInsee);
        filters.put("memberId", memberId);
        Map<String, Long> byState = new LinkedHashMap<>();
        for (JobState s : JobState.values()) {
            byState.put(s.name(), tally.byState().getOrDefault(s.name(), 0L));
        }
        return new JobReportView(report.from(), report.to(), filters, tally.total(), byState, tally.byMember(),
                tally.reported(), round(tally.hoursWorked()), round(tally.insertionHours()), tally.subtotalCents(),
                tally.commissionCents());
    }

    @ExceptionHandler(ReportJobs.BadPeriod.class)
    ResponseEntity<ProblemDetail> badPeriod(ReportJobs.BadPeriod e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblemHandler.validation(List.of(FieldError.of("to", e.text()))));
    }

    private static double round(double hours) {
        return Math.round(hours * 100d) / 100d;
    }
}
