package fr.centreisere.concierge.provider.job;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a job and, in one place, the transitions allowed between them.
 *
 * <p>One job per order: when its member declines or lets the offer expire, the same job is offered to
 * the next member of the ranking in the same update (the refused offer stays in the job's offer
 * history), so DECLINED and EXPIRED are passed through; when nobody is left the job rests in
 * UNASSIGNED until a coordinator reassigns it.
 */
public enum JobState {
    OFFERED, ACCEPTED, DECLINED, EXPIRED, IN_PROGRESS, DONE, CANCELLED, UNASSIGNED;

    private static final Map<JobState, Set<JobState>> ALLOWED = new EnumMap<>(JobState.class);

    static {
        ALLOWED.put(OFFERED, EnumSet.of(ACCEPTED, DECLINED, EXPIRED, CANCELLED, OFFERED));
        ALLOWED.put(ACCEPTED, EnumSet.of(IN_PROGRESS, CANCELLED, OFFERED));
        ALLOWED.put(DECLINED, EnumSet.of(OFFERED, UNASSIGNED, CANCELLED));
        ALLOWED.put(EXPIRED, EnumSet.of(OFFERED, UNASSIGNED, CANCELLED));
        ALLOWED.put(UNASSIGNED, EnumSet.of(OFFERED, CANCELLED));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(DONE));
        ALLOWED.put(DONE, EnumSet.noneOf(JobState.class));
        ALLOWED.put(CANCELLED, EnumSet.noneOf(JobState.class));
    }

    public boolean canBecome(JobState next) {
        return ALLOWED.get(this).contains(next);
    }

    public Set<JobState> next() {
        return java.util.Collections.unmodifiableSet(ALLOWED.get(this));
    }
}
