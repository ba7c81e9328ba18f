package fr.centreisere.concierge.provider.impact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.centreisere.concierge.provider.impact.ReportImpact;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.member.Caller;
import org.springframework.format.annotation.DateTimeFormat;
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

    @GetMapping("/api/impact")
    ImpactView impact(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        ReportImpact.Impact impact = reportImpact.between(caller(user), start, end);
        return new ImpactView(impact.from(), impact.to(), impact.members().stream().map(MemberImpactView::of).toList(),
                MemberImpactView.of(impact.total()));
    }

    private static double round(double hours) {
        return Math.round(hours * 100d) / 100d;
    }

    /** The caller as the use cases see it: a coordinator, or the staff of one member. */
    private static Caller caller(CurrentUser user) {
        return new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
    }
}
