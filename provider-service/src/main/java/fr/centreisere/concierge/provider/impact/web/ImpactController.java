package fr.centreisere.concierge.provider.impact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.export.Table;
import fr.centreisere.concierge.provider.impact.ReportImpact;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.member.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coordinators: impact per member over a period (default: the current month so far). */
@RestController
class ImpactController {

    private final ReportImpact reportImpact;
    private final Clock clock;

    ImpactController(ReportImpact reportImpact, Clock clock) {
        this.reportImpact = reportImpact;
        this.clock = clock;
    }

    record MemberImpactView(String memberId, String memberName, int jobsDone, double hoursWorked, double insertionHours,
            long revenueCents, long commissionCents, long payoutCents) {
        static MemberImpactView of(ReportImpact.MemberImpact m) {
            return new MemberImpactView(m.memberId(), m.memberName(), m.jobsDone(), round(m.hoursWorked()),
                    round(m.insertionHours()), m.revenue().cents(), m.commission().cents(),
                    m.revenue().minus(m.commission()).cents());
        }
    }

    record ImpactView(LocalDate from, LocalDate to, List<MemberImpactView> members, MemberImpactView total) {
    }

    /** The export's lines: one per member, then the total (member « Total », no id). */
    static final Table<MemberImpactView> IMPACT = Table.<MemberImpactView>named("Impact", "Impact")
            .text("member_id", "Code membre", "Member id", MemberImpactView::memberId)
            .text("member", "Membre", "Member", line -> line.memberId() == null ? "Total" : line.memberName())
            .integer("jobs_done", "Missions terminées", "Jobs done", MemberImpactView::jobsDone)
            .decimal("hours_worked", "Heures travaillées", "Hours worked", MemberImpactView::hoursWorked)
            .decimal("insertion_hours", "Heures d'insertion", "Insertion hours", MemberImpactView::insertionHours)
            .money("revenue_eur", "Chiffre d'affaires HT (€)", "Revenue excl. VAT (€)", MemberImpactView::revenueCents)
            .money("commission_eur", "Commission du pôle (€)", "Pole's commission (€)", MemberImpactView::commissionCents)
            .money("payout_eur", "Reversé au membre (€)", "Paid to the member (€)", MemberImpactView::payoutCents)
            .build();

    /** JSON, or with {@code format=csv|xlsx} (or {@code Accept}) the same lines and the total as a file. */
    @GetMapping("/api/impact")
    ResponseEntity<?> impact(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            ExportRequest export) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        ReportImpact.Impact impact = reportImpact.between(caller(user), start, end);
        ImpactView view = new ImpactView(impact.from(), impact.to(),
                impact.members().stream().map(MemberImpactView::of).toList(), MemberImpactView.of(impact.total()));
        if (export.wantsFile()) {
            return export.file(IMPACT, Stream.concat(view.members().stream(), Stream.of(view.total())),
                    ExportRequest.fileName("impact", start, end));
        }
        return ResponseEntity.ok(view);
    }

    private static double round(double hours) {
        return Math.round(hours * 100d) / 100d;
    }

    /** The caller as the use cases see it: a coordinator, or the staff of one member. */
    private static Caller caller(CurrentUser user) {
        return new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
    }
}
