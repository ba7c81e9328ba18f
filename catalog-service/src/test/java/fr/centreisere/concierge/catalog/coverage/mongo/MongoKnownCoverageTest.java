package fr.centreisere.concierge.catalog.coverage.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

@DataMongoTest
class MongoKnownCoverageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:30:00Z"), ZoneOffset.UTC);
    private static final CoverageSnapshot MORNING = new CoverageSnapshot(Instant.parse("2026-11-27T06:00:00.123Z"), Map.of(
            "svc-menage-domicile", Set.of("38563", "38239"), "svc-tonte-pelouse", Set.of("38563")));
    private static final CoverageSnapshot NOON = new CoverageSnapshot(Instant.parse("2026-11-27T12:00:00Z"), Map.of(
            "svc-menage-domicile", Set.of("38239")));

    @Autowired
    MongoTemplate mongo;

    private MongoKnownCoverage coverage;

    @BeforeEach
    void nothingKnownYet() {
        mongo.remove(new Query(), CoverageSnapshotDocument.class);
        coverage = new MongoKnownCoverage(mongo, CLOCK);
    }

    @Test
    void knowsNothingBeforeTheFirstSnapshot() {
        assertThat(coverage.latest()).isEmpty();
    }

    @Test
    void keepsASnapshotAcrossARestart() {
        assertThat(coverage.remember(MORNING)).isTrue();

        MongoKnownCoverage afterRestart = new MongoKnownCoverage(mongo, CLOCK);

        assertThat(afterRestart.latest()).contains(MORNING);
        assertThat(mongo.findAll(CoverageSnapshotDocument.class)).singleElement()
                .satisfies(stored -> assertThat(stored.receivedAt()).isEqualTo(CLOCK.instant()));
    }

    @Test
    void aNewerSnapshotReplacesTheOlderOne() {
        coverage.remember(MORNING);

        assertThat(coverage.remember(NOON)).isTrue();
        assertThat(coverage.latest()).contains(NOON);
        assertThat(mongo.count(new Query(), CoverageSnapshotDocument.class)).isEqualTo(1);
    }

    @Test
    void anOlderOrSameSnapshotNeverReplacesANewerOne() {
        coverage.remember(NOON);

        assertThat(coverage.remember(MORNING)).isFalse();
        assertThat(coverage.remember(NOON)).isFalse();
        assertThat(coverage.latest()).contains(NOON);
    }
}
