package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalog learns from provider-service where each service is available, keeps that coverage,
 * and goes on answering from it while provider-service is down.
 */
@SystemTest
class CoverageSystemTest {

    private static final String BIKES_IN_VOIRON = "/api/catalog/services?commune=38563&q=velo";

    private final ConciergeSystem system;
    private final Http http;

    CoverageSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void theCatalogShowsWhatTheMembersCoverAndKeepsItWhileProviderServiceIsDown() {
        JsonNode page = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> http.get(BIKES_IN_VOIRON).json(), json -> json.path("totalElements").asInt() > 0);
        assertThat(ids(page)).contains("svc-reparation-velo", "svc-location-velo-electrique");
        Instant seenBeforeTheStop = Instant.parse(page.path("coverageAsOf").asString());

        // the directory says who does it: the Voiron bike workshop
        JsonNode workshop = http.get("/api/members/mbr-atelier-velo-voironnais").json();
        assertThat(workshop.path("communes").valueStream().map(JsonNode::asString)).contains("38563");

        system.stop("provider-service").assertSucceeded();
        Instant stopped = Instant.now();
        try {
            Http.Reply whileDown = http.get(BIKES_IN_VOIRON);
            assertThat(whileDown.status()).isEqualTo(200);
            assertThat(ids(whileDown.json())).contains("svc-reparation-velo");
            // the coverage the catalog last received before the stop: the one seen above, or the refresh (every
            // 60 s, each one dated by provider-service) that came while provider-service was stopping
            assertThat(Instant.parse(whileDown.json().path("coverageAsOf").asString()))
                    .isBetween(seenBeforeTheStop, stopped);
            assertThat(http.get("/api/members").status()).isEqualTo(503);
        } finally {
            system.start("provider-service").assertSucceeded();
        }
    }

    @Test
    void aRareServiceIsNotAvailableWhereNoMemberCoversIt() {
        JsonNode everywhere = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> http.get("/api/catalog/services?commune=38563&size=100").json(),
                        json -> json.path("totalElements").asInt() > 0);
        long coveredInVoiron = everywhere.path("totalElements").asLong();
        JsonNode communes = http.get("/api/catalog/communes?size=100").json().path("content");
        long smallestOffer = communes.valueStream()
                .mapToLong(commune -> http.get("/api/catalog/services?size=1&commune=" + commune.path("inseeCode").asString())
                        .json().path("totalElements").asLong())
                .min().orElseThrow();
        assertThat(smallestOffer).as("some commune lacks some rarer service").isLessThan(coveredInVoiron);
    }

    private static java.util.List<String> ids(JsonNode page) {
        return page.path("content").valueStream().map(service -> service.path("id").asString()).toList();
    }
}
