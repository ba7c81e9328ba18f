package fr.centreisere.concierge.order.dispatch;

import org.jspecify.annotations.Nullable;

/** provider-service's answer to a dispatch: the job's state ({@code OFFERED}, …, or {@code UNASSIGNED}). */
public record DispatchOutcome(@Nullable String jobId, String jobState, @Nullable String memberId) {
}
