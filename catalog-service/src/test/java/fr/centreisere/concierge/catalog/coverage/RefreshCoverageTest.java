package fr.centreisere.concierge.catalog.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RefreshCoverageTest {

    private static final CoverageSnapshot MORNING = snapshot("2026-11-27T06:00:00Z", "38563");
    private static final CoverageSnapshot NOON = snapshot("2026-11-27T12:00:00Z", "38239");

    private final ScriptedLiveCoverage live = new ScriptedLiveCoverage();
    private final InMemoryKnownCoverage known = new InMemoryKnownCoverage();
    private final RefreshCoverage refresh = new RefreshCoverage(live, known);

    @Test
    void keepsWhatProviderServiceSays() {
        live.answers(MORNING);

        assertThat(refresh.refresh()).contains(MORNING);
        assertThat(known.latest()).contains(MORNING);
    }

    @Test
    void keepsServingTheLastKnownCoverageWhenProviderServiceCannotAnswer() {
        live.answers(MORNING);
        refresh.refresh();
        live.fails();

        assertThat(refresh.refresh()).contains(MORNING);
    }

    @Test
    void hasNothingToServeBeforeAnyCoverageWasReceived() {
        live.fails();

        assertThat(refresh.refresh()).isEmpty();
    }

    @Test
    void neverGoesBackToAnOlderCoverage() {
        live.answers(NOON);
        refresh.refresh();
        live.answers(MORNING);

        assertThat(refresh.refresh()).contains(NOON);
    }

    private static CoverageSnapshot snapshot(String asOf, String commune) {
        return new CoverageSnapshot(Instant.parse(asOf), Map.of("svc-menage-domicile", Set.of(commune)));
    }

    private static final class ScriptedLiveCoverage implements LiveCoverage {

        private final Deque<CoverageSnapshot> answers = new ArrayDeque<>();

        void answers(CoverageSnapshot snapshot) {
            answers.add(snapshot);
        }

        void fails() {
            answers.clear();
        }

        @Override
        public CoverageSnapshot fetch() {
            if (answers.isEmpty()) {
                throw new CoverageUnavailable("provider-service is down", null);
            }
            return answers.poll();
        }
    }
}
