package fr.centreisere.concierge.provider.job;

import fr.centreisere.concierge.platform.i18n.LocalizedException;
import java.util.List;

/** A coordinator chose a member that cannot take the job, and did not confirm an override (422). */
public class MemberDoesNotFit extends LocalizedException {

    private final transient List<Exclusion> reasons;

    public MemberDoesNotFit(String memberId, List<Exclusion> reasons) {
        super("member.does-not-fit", memberId, reasons.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        this.reasons = List.copyOf(reasons);
    }

    public List<Exclusion> reasons() {
        return reasons;
    }
}
