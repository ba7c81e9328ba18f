package fr.centreisere.concierge.provider.job;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.centreisere.concierge.provider.member.AccessDenied;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/**
 * A month of the rotation for one category, as every member structure may check it: each member's
 * agreed weight, the share it was owed (target), the jobs it holds, the offers it refused, the jobs it
 * lost to a cancellation, and how far it is from its share.
 */
public class ViewRotation {

    private final RotationLedgers ledgers;
    private final Members members;

    public ViewRotation(RotationLedgers ledgers, Members members) {
        this.ledgers = ledgers;
        this.members = members;
    }

    public record Row(String memberId, String name, int weight, double target, int received, int refused,
            int cancelled, int coveredRefusals, double deviation) {
    }

    public record Month(String category, YearMonth month, int dispatched, List<Row> members) {
    }

    public Month of(Caller caller, String category, YearMonth month) {
        if (!caller.coordinator() && caller.memberId() == null) {
            throw new AccessDenied("access.staff-or-coordinators");
        }
        RotationLedger ledger = ledgers.of(category, month);
        Map<String, Member> byId = new TreeMap<>();
        members.all().forEach(m -> byId.put(m.id(), m));
        List<Row> rows = new ArrayList<>();
        ledger.shares().forEach((memberId, share) -> {
            Optional<Member> member = Optional.ofNullable(byId.get(memberId));
            rows.add(new Row(memberId, member.map(Member::name).orElse(memberId),
                    member.map(m -> m.weightFor(category)).orElse(1), share.target(), share.received(),
                    share.refused(), share.cancelled(), share.covered(), share.received() - share.target()));
        });
        rows.sort(java.util.Comparator.comparing(Row::name));
        return new Month(category, month, ledger.dispatched(), rows);
    }
}
