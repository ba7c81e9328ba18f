package fr.centreisere.concierge.provider.member.web;

import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.CoverageGaps;
import fr.centreisere.concierge.provider.member.Territory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/coverage-gaps}: for each service, the communes where no active member does it. */
@RestController
class CoverageGapsController {

    private final CoverageGaps coverageGaps;

    CoverageGapsController(CoverageGaps coverageGaps) {
        this.coverageGaps = coverageGaps;
    }

    record CommuneView(String inseeCode, String name) {
    }

    record GapView(String serviceId, Map<String, String> title, String category, int missingCount,
            List<CommuneView> missing) {
    }

    record GapsView(int communes, int services, List<GapView> gaps) {
    }

    /**
     * Where people cannot order: the communes and services that no active member covers (coordinators), or
     * that the caller's member could cover (member staff).
     */
    @GetMapping("/api/reports/coverage-gaps")
    GapsView gaps(CurrentUser user) {
        Caller caller = new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
        List<GapView> gaps = coverageGaps.now(caller).stream().map(g -> new GapView(g.service().id(),
                Map.of("fr", g.service().titleFr(), "en", g.service().titleEn()), g.service().category(),
                g.missing().size(), g.missing().stream().map(c -> new CommuneView(c, Territory.nameOf(c))).toList()))
                .toList();
        return new GapsView(Territory.COMMUNES.size(), gaps.size(), gaps);
    }
}
