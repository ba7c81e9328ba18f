package fr.centreisere.concierge.provider.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.provider.member.StructureType;

/**
 * The work done for some orders, as reported by the members who did it: for order-service's « bilan RSE » of a
 * company (issue 16), which knows the company's orders but not the hours nor the members' kinds of structure.
 * Only done jobs count; the figures are the reports' latest (corrections included).
 */
public class InsertionWork {

    /** The most orders asked at once (order-service asks by batches). */
    public static final int MAX_ORDERS = 1_000;

    private final Jobs jobs;
    private final Members members;

    public InsertionWork(Jobs jobs, Members members) {
        this.jobs = jobs;
        this.members = members;
    }

    public record WorkDone(String orderId, String memberId, String memberName, StructureType structureType,
            String category, BigDecimal hoursWorked, BigDecimal insertionHours, Instant completedAt) {
    }

    public List<WorkDone> forOrders(Collection<String> orderIds) {
        if (orderIds.size() > MAX_ORDERS) {
            throw new IllegalArgumentException("at most " + MAX_ORDERS + " orders at once");
        }
        Map<String, Optional<Member>> byId = new HashMap<>();
        return jobs.byOrderIds(orderIds).stream()
                .filter(job -> job.state() == JobState.DONE && job.report().isPresent() && job.memberId() != null)
                .flatMap(job -> byId.computeIfAbsent(job.memberId(), members::byId).map(member -> workOf(job, member))
                        .stream())
                .toList();
    }

    private static WorkDone workOf(Job job, Member member) {
        var report = job.report().orElseThrow();
        return new WorkDone(job.order().orderId(), member.id(), member.name(), member.structureType(),
                job.order().category(), exact(report.hoursWorked()), exact(report.insertionHours()),
                report.completedAt());
    }

    private static BigDecimal exact(double hours) {
        BigDecimal value = BigDecimal.valueOf(hours).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
