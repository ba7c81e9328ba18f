package fr.centreisere.concierge.provider.job.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.AcceptJob;
import fr.centreisere.concierge.provider.job.CompleteJob;
import fr.centreisere.concierge.provider.job.CorrectReport;
import fr.centreisere.concierge.provider.job.ShowJobSheets;
import fr.centreisere.concierge.provider.job.DeclineJob;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.ReassignDispatch;
import fr.centreisere.concierge.provider.job.StartJob;
import fr.centreisere.concierge.provider.job.ViewJobs;
import fr.centreisere.concierge.provider.job.web.JobViews.CandidateMemberView;
import fr.centreisere.concierge.provider.job.web.JobViews.CandidatesView;
import fr.centreisere.concierge.provider.job.web.JobViews.DaySheetView;
import fr.centreisere.concierge.provider.job.web.JobViews.DispatchView;
import fr.centreisere.concierge.provider.job.web.JobViews.JobView;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Jobs for member staff (their member's) and coordinators (all): list, read, and the lifecycle. */
@RestController
@RequestMapping("/api/jobs")
class JobController {

    private final ViewJobs viewJobs;
    private final AcceptJob acceptJob;
    private final DeclineJob declineJob;
    private final StartJob startJob;
    private final CompleteJob completeJob;
    private final ReassignDispatch reassignDispatch;
    private final Members members;
    private final ShowJobSheets jobSheets;
    private final CorrectReport correctReport;
    private final Texts texts;

    JobController(ViewJobs viewJobs, AcceptJob acceptJob, DeclineJob declineJob, StartJob startJob,
            CompleteJob completeJob, ReassignDispatch reassignDispatch, Members members, ShowJobSheets jobSheets,
            CorrectReport correctReport, Texts texts) {
        this.texts = texts;
        this.jobSheets = jobSheets;
        this.correctReport = correctReport;
        this.reassignDispatch = reassignDispatch;
        this.members = members;
        this.viewJobs = viewJobs;
        this.acceptJob = acceptJob;
        this.declineJob = declineJob;
        this.startJob = startJob;
        this.completeJob = completeJob;
    }

    /** The day sheet: own member's accepted and started jobs of that day (a coordinator names the member). */
    @GetMapping("/day-sheet")
    DaySheetView daySheet(CurrentUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Size(max = 100)
            @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId) {
        ShowJobSheets.DaySheet sheet = jobSheets.daySheet(caller(user), memberId, date);
        return new DaySheetView(sheet.memberId(), memberNames().apply(sheet.memberId()), sheet.date(),
                sheet.jobs().stream().map(j -> JobView.of(j, user.isCoordinator())).toList());
    }

    /**
     * The jobs of the caller's member (a coordinator: every member's), filtered by state, member, commune and
     * slot days, or only those stuck (an offer or a message waiting too long); JSON, or a CSV or XLSX file.
     */
    @GetMapping
    ResponseEntity<?> list(CurrentUser user, @RequestParam(required = false) JobState state,
            @RequestParam(required = false) @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId,
            @RequestParam(required = false) @Pattern(regexp = IdPatterns.INSEE, message = IdPatterns.INSEE_MESSAGE) String communeInsee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean stuck,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            ExportRequest export) {
        if (from != null && to != null && to.isBefore(from)) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiProblemHandler.validation(
                    List.of(FieldError.of("to", Message.of("period.ends-before-start")))));
        }
        Jobs.JobQuery query = new Jobs.JobQuery(memberId, state, stuck, communeInsee, from, to, page, size);
        if (export.wantsFile()) {
            // every job of the filters, not one page, as the JSON pages would list them together
            return export.file(JobExports.JOBS, viewJobs.all(caller(user), query).map(JobExports.JobLine.naming(memberNames())),
                    ExportRequest.fileName("missions", from, to));
        }
        Caller caller = caller(user);
        var found = viewJobs.list(caller, query);
        return ResponseEntity.ok(new Page<>(jobSheets.of(caller, found.content()).stream()
                .map(sheet -> JobView.of(sheet, user.isCoordinator())).toList(), found.page(), found.size(), found.totalElements()));
    }

    /**
     * One job as its member's staff or a coordinator sees it: the order's service, commune, slot, address and
     * contact once accepted, the offer's deadline, the work report.
     */
    @GetMapping("/{id}")
    JobView get(CurrentUser user, @PathVariable String id) {
        Caller caller = caller(user);
        return JobView.of(jobSheets.of(caller, viewJobs.get(caller, id)), user.isCoordinator());
    }

    record ReportCorrectionRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") Double hoursWorked,
            @NotNull @DecimalMin("0") @DecimalMax("1000") Double insertionHours,
            @NotBlank @PrintableText(max = 500, multiline = true) String reason) {
    }

    /** Coordinators: correct the hours of a completed job, with a reason (kept in the job's report). */
    @PostMapping("/{id}/report-correction")
    JobView correctReport(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody ReportCorrectionRequest request) {
        return JobView.forCoordinator(correctReport.correct(caller(user), id, request.hoursWorked(),
                request.insertionHours(), request.reason()));
    }

    /**
     * For coordinators: how the job was dispatched: each decision with the members considered and why each
     * was offered or passed over, and the offers made.
     */
    @GetMapping("/{id}/dispatch")
    DispatchView dispatch(CurrentUser user, @PathVariable String id) {
        return DispatchView.of(viewJobs.decisions(caller(user), id), memberNames(), texts);
    }

    /** Coordinators: the members the job could be reassigned to, those that fit first, and why the others do not. */
    @GetMapping("/{id}/candidates")
    CandidatesView candidates(CurrentUser user, @PathVariable String id) {
        Caller caller = caller(user);
        caller.requireCoordinator();
        Job job = viewJobs.get(caller, id);
        var o = job.order();
        return new CandidatesView(job.id(), o.orderId(), o.serviceId(), o.communeInsee(), o.slot().date(),
                reassignDispatch.candidates(job).stream().map(c -> new CandidateMemberView(c.member().id(),
                        c.member().name(), c.member().active(), c.reasons().isEmpty(),
                        c.reasons().stream().map(Enum::name).toList(), c.freePlaces())).toList());
    }

    private Function<String, String> memberNames() {
        Map<String, String> names = new HashMap<>();
        members.all().forEach(m -> names.put(m.id(), m.name()));
        return id -> names.getOrDefault(id, id);
    }

    /** The member accepts the offered job before its deadline: the place is kept and the customer is told. */
    @PostMapping("/{id}/accept")
    JobView accept(CurrentUser user, @PathVariable String id) {
        Caller caller = caller(user);
        return JobView.of(jobSheets.of(caller, acceptJob.accept(caller, id)), false);
    }

    record DeclineRequest(@NotBlank @PrintableText(max = 500, multiline = true) String reason) {
    }

    /** The member declines the offered job with a reason: the job goes to the next member in the rotation. */
    @PostMapping("/{id}/decline")
    JobView decline(CurrentUser user, @PathVariable String id, @Valid @RequestBody DeclineRequest request) {
        return JobView.of(declineJob.decline(caller(user), id, request.reason()));
    }

    /** The member starts an accepted job: the customer sees it under way. */
    @PostMapping("/{id}/start")
    JobView start(CurrentUser user, @PathVariable String id) {
        Caller caller = caller(user);
        return JobView.of(jobSheets.of(caller, startJob.start(caller, id)), false);
    }

    record CompleteRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") Double hoursWorked,
            @NotNull @DecimalMin("0") @DecimalMax("1000") Double insertionHours,
            @PrintableText(max = 2000, multiline = true) String note) {
    }

    /**
     * The member completes a started job with the hours worked, the insertion hours among them and an
     * optional note; the order is completed.
     */
    @PostMapping("/{id}/complete")
    JobView complete(CurrentUser user, @PathVariable String id, @Valid @RequestBody CompleteRequest request) {
        return JobView.of(completeJob.complete(caller(user), id, request.hoursWorked(), request.insertionHours(), request.note()));
    }

    /** The caller as the use cases see it: a coordinator, or the staff of one member. */
    private static Caller caller(CurrentUser user) {
        return new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
    }
}
