package fr.centreisere.concierge.provider.statement;

import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.MemberNotFound;
import fr.centreisere.concierge.provider.member.Members;

/**
 * A member's statement of a month, computed when asked from its done jobs (nothing stored: a coordinator's
 * correction of a report shows at once). Its own staff and coordinators only: anyone else is told the member
 * does not exist (404), so that statements never say which members there are.
 */
public class ProduceMemberStatement {

    private final Jobs jobs;
    private final Members members;

    public ProduceMemberStatement(Jobs jobs, Members members) {
        this.jobs = jobs;
        this.members = members;
    }

    /** @throws MemberNotFound for a member the caller may not read, or that does not exist */
    public MemberStatement of(Caller caller, String memberId, YearMonth month) {
        if (!caller.mayManage(memberId)) {
            throw new MemberNotFound(memberId);
        }
        Member member = members.get(memberId);
        List<MemberStatement.Line> lines = jobs.completedBetween(MemberStatement.startOf(month),
                        MemberStatement.startOf(month.plusMonths(1))).stream()
                .filter(job -> job.memberId() != null && job.memberId().equals(memberId))
                .flatMap(job -> job.report().map(report -> MemberStatement.Line.of(job, report)).stream())
                .toList();
        return new MemberStatement(member.id(), member.name(), member.structureType(), month, lines);
    }
}
