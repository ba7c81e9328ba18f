package fr.centreisere.concierge.provider.impact;

import fr.centreisere.concierge.platform.i18n.LocalizedException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.WorkReport;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/**
 * Coordinators' impact report: for each member, the jobs completed between two days (inclusive, Europe/Paris),
 * hours worked, insertion hours, revenue (price before VAT) and the pole's commission.
 */
public class ReportImpact {

    private static final ZoneId TERRITORY = ZoneId.of("Europe/Paris");

    private final Jobs jobs;
    private final Members members;

    public ReportImpact(Jobs jobs, Members members) {
        this.jobs = jobs;
        this.members = members;
    }

    public record MemberImpact(String memberId, String memberName, int jobsDone, double hoursWorked,
            double insertionHours, Money revenue, Money commission) {

        MemberImpact add(Job job, WorkReport report) {
            return new MemberImpact(memberId, memberName, jobsDone + 1, hoursWorked + report.hoursWorked(),
                    insertionHours + report.insertionHours(), revenue.plus(job.order().subtotal()),
                    commission.plus(job.order().commission()));
        }
    }

    public record Impact(LocalDate from, LocalDate to, List<MemberImpact> members, MemberImpact total) {
    }

    public Impact between(Caller caller, LocalDate from, LocalDate to) {
        caller.requireCoordinator();
        if (to.isBefore(from)) {
            throw new InvalidPeriod("period.ends-before-start");
        }
        Map<String, MemberImpact> byMember = new TreeMap<>();
        for (Job job : jobs.completedBetween(from.atStartOfDay(TERRITORY).toInstant(),
                to.plusDays(1).atStartOfDay(TERRITORY).toInstant())) {
            WorkReport report = job.report().orElseThrow();
            MemberImpact sofar = byMember.get(job.memberId());
            if (sofar == null) {
                sofar = new MemberImpact(job.memberId(), members.byId(job.memberId()).map(Member::name).orElse(job.memberId()),
                        0, 0, 0, Money.ZERO, Money.ZERO);
            }
            byMember.put(job.memberId(), sofar.add(job, report));
        }
        MemberImpact total = new MemberImpact(null, null, 0, 0, 0, Money.ZERO, Money.ZERO);
        for (MemberImpact m : byMember.values()) {
            total = new MemberImpact(null, null, total.jobsDone() + m.jobsDone(), total.hoursWorked() + m.hoursWorked(),
                    total.insertionHours() + m.insertionHours(), total.revenue().plus(m.revenue()),
                    total.commission().plus(m.commission()));
        }
        return new Impact(from, to, new ArrayList<>(byMember.values()), total);
    }

    /** A period that ends before it starts (answered with 422). */
    public static class InvalidPeriod extends LocalizedException {
        public InvalidPeriod(String code, Object... args) {
            super(code, args);
        }
    }
}
