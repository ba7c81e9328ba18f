package fr.centreisere.concierge.provider.member.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.ServiceCategories;
import fr.centreisere.concierge.provider.member.Territory;
import org.junit.jupiter.api.Test;

/** The seed is a realistic network: every common service everywhere, rarer ones with gaps. */
class SeedMembersTest {

    private static final Set<String> RARER = Set.of("svc-vide-maison", "svc-diagnostic-energie-logement",
            "svc-reparation-electromenager", "svc-retouches-couture", "svc-aide-demarches-administratives",
            "svc-livraison-colis-velo-cargo", "svc-location-velo-cargo");

    private final List<Member> members = SeedMembers.all().stream().map(s -> s.toMember(Instant.EPOCH)).toList();

    private Map<String, Set<String>> coverage() {
        Map<String, Set<String>> byService = new HashMap<>();
        for (Member m : members) {
            for (Capability c : m.capabilities()) {
                byService.computeIfAbsent(c.serviceId(), s -> new TreeSet<>()).addAll(c.communes());
            }
        }
        return byService;
    }

    @Test
    void aboutTwentyFourMembersWithStableIds() {
        assertThat(members).hasSize(24);
        assertThat(members).extracting(Member::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("mbr-"));
        assertThat(members).extracting(Member::structureType).map(Enum::name)
                .contains("ACI", "EI", "ETTI", "AI", "ASSOCIATION", "SCOP", "SCIC", "EA", "ESAT");
    }

    @Test
    void commonServicesReachEveryCommuneAndRarerOnesLeaveGaps() {
        Map<String, Set<String>> coverage = coverage();
        assertThat(coverage.keySet()).containsExactlyInAnyOrderElementsOf(ServiceCategories.serviceIds());
        coverage.forEach((service, communes) -> {
            assertThat(Territory.COMMUNES).containsAll(communes);
            if (RARER.contains(service)) {
                assertThat(communes).as(service).isNotEmpty().hasSizeLessThan(Territory.COMMUNES.size());
            } else {
                assertThat(communes).as(service).hasSize(78);
            }
        });
    }

    @Test
    void theDemoMemberIsTheBikeWorkshopInVoiron() {
        Member workshop = members.stream().filter(m -> m.id().equals("mbr-atelier-velo-voironnais")).findFirst().orElseThrow();
        assertThat(workshop.baseCommune()).isEqualTo("38563");
        assertThat(workshop.canServe("svc-reparation-velo", "38563")).isTrue();
        assertThat(workshop.canServe("svc-location-velo-electrique", "38565")).isTrue();
        assertThat(workshop.canServe("svc-livraison-colis-velo-cargo", "38563")).isTrue();
    }

    @Test
    void theTerritoryHasItsSeventyEightCommunes() {
        assertThat(Territory.COMMUNES).hasSize(78).contains("38563", "38416");
        assertThat(Territory.PAYS_VOIRONNAIS).hasSize(31);
        assertThat(Territory.SAINT_MARCELLIN_VERCORS_ISERE).hasSize(47);
    }
}
