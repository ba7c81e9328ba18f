package fr.centreisere.concierge.provider.job;

import java.util.List;

/** Why a job rests UNASSIGNED, so the customer and the coordinators know what to do next. */
public enum UnassignedReason {
    /** Members cover the commune, but none has a free place that day. */
    DAY_FULL,
    /** No active member does this service in this commune. */
    NOT_COVERED,
    /** Every member that could take it declined. */
    ALL_DECLINED,
    /** Every member that could take it refused, at least one by letting the offer expire. */
    ALL_EXPIRED;

    /** Why nobody can be offered the job, from why each member was left out of the decision and how the job's offers ended. */
    static UnassignedReason of(DispatchDecision decision, List<Offer> offers) {
        if (decision.excluded().stream().anyMatch(e -> e.reason() == Exclusion.ALREADY_REFUSED)) {
            boolean expired = offers.stream().anyMatch(o -> o.outcome() == Offer.Outcome.EXPIRED);
            return expired ? ALL_EXPIRED : ALL_DECLINED;
        }
        return decision.excluded().stream().anyMatch(e -> e.reason() == Exclusion.DAY_FULL) ? DAY_FULL : NOT_COVERED;
    }
}
