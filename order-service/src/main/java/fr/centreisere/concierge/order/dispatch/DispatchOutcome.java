package fr.centreisere.concierge.order.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * provider-service's answer to a dispatch (or a reschedule): the job's state ({@code OFFERED}, …, or
 * {@code UNASSIGNED}), and with {@code UNASSIGNED} why ({@code DAY_FULL}, {@code NOT_COVERED}, …).
 */
public record DispatchOutcome(@Nullable String jobId, String jobState, @Nullable String memberId,
        @Nullable String unassignedReason) {
}
