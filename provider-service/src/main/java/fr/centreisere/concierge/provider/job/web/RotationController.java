package fr.centreisere.concierge.provider.job.web;

import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.job.ViewRotation;
import fr.centreisere.concierge.provider.member.Caller;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A month of the rotation for one category, for coordinators and every member's staff to check the split. */
@RestController
class RotationController {

    private final ViewRotation viewRotation;

    RotationController(ViewRotation viewRotation) {
        this.viewRotation = viewRotation;
    }

    record RowView(String memberId, String name, int weight, double target, int received, int refused, int cancelled,
            int coveredRefusals, double deviation) {
    }

    record MonthView(String category, String month, int dispatched, List<RowView> members) {
    }

    /**
     * The fair rotation of a category for a month: each member's share, target and jobs received, declined
     * and covered; coordinators see every member, member staff their own line.
     */
    @GetMapping("/api/rotation/{category}/{month}")
    MonthView month(CurrentUser user, @PathVariable @Pattern(regexp = "[A-Z_]{2,40}") String category,
            @PathVariable @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month) {
        Caller caller = new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
        ViewRotation.Month found = viewRotation.of(caller, category, YearMonth.parse(month));
        return new MonthView(found.category(), found.month().toString(), found.dispatched(), found.members().stream()
                .map(r -> new RowView(r.memberId(), r.name(), r.weight(), JobViews.round(r.target()), r.received(),
                        r.refused(), r.cancelled(), r.coveredRefusals(), JobViews.round(r.deviation()))).toList());
    }
}
