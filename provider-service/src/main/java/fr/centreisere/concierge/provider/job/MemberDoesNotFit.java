package fr.centreisere.concierge.provider.job;

import java.util.List;

/** A coordinator chose a member that cannot take the job, and did not confirm an override (422). */
public class MemberDoesNotFit extends RuntimeException {

    private final transient List<Exclusion> reasons;

    public MemberDoesNotFit(String memberId, List<Exclusion> reasons) {
        super("ce membre ne peut pas prendre ce travail / this member cannot take this job: " + memberId + " " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public List<Exclusion> reasons() {
        return reasons;
    }
}
