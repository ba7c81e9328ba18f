package fr.centreisere.concierge.catalog.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CoverageSnapshotTest {

    private static final Instant AS_OF = Instant.parse("2026-11-27T06:00:00Z");

    private final CoverageSnapshot snapshot = new CoverageSnapshot(AS_OF, Map.of(
            "svc-menage-domicile", Set.of("38563", "38239"),
            "svc-tonte-pelouse", Set.of("38563"),
            "svc-vide-maison", Set.of()));

    @Test
    void aServiceIsAvailableWhereAMemberCoversIt() {
        assertThat(snapshot.covers("svc-menage-domicile", "38239")).isTrue();
        assertThat(snapshot.covers("svc-tonte-pelouse", "38239")).isFalse();
    }

    @Test
    void aServiceThatNoMemberCoversIsAvailableNowhere() {
        assertThat(snapshot.covers("svc-vide-maison", "38563")).isFalse();
        assertThat(snapshot.covers("svc-transport-solidaire", "38563")).isFalse();
        assertThat(snapshot.communesByService()).doesNotContainKey("svc-vide-maison");
    }

    @Test
    void listsTheServicesAvailableInACommune() {
        assertThat(snapshot.servicesAvailableIn("38563")).containsExactly("svc-menage-domicile", "svc-tonte-pelouse");
        assertThat(snapshot.servicesAvailableIn("38001")).isEmpty();
    }

    @Test
    void keepsItsDateToTheMillisecondLikeTheDatabase() {
        CoverageSnapshot precise = new CoverageSnapshot(Instant.parse("2026-11-27T06:00:00.123456789Z"), Map.of());

        assertThat(precise.asOf()).isEqualTo(Instant.parse("2026-11-27T06:00:00.123Z"));
        assertThat(precise.isNewerThan(snapshot)).isTrue();
        assertThat(snapshot.isNewerThan(precise)).isFalse();
    }
}
