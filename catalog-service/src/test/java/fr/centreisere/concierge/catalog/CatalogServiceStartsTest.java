package fr.centreisere.concierge.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.testsupport.ServiceStartsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/**
 * The service starts against a MongoDB wire-protocol server and shows what the launcher and the gateway rely on.
 * Its readiness also needs a coverage served (CoverageReadinessTest): here, one received before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class CatalogServiceStartsTest extends ServiceStartsContract {

    @Autowired
    KnownCoverage coverage;

    @BeforeEach
    void aCoverageReceivedBefore() {
        coverage.remember(new CoverageSnapshot(Instant.parse("2026-12-02T06:00:00Z"),
                Map.of("svc-menage-domicile", Set.of("38563"))));
    }

    @Override
    protected String serviceName() {
        return "catalog-service";
    }

    @Test
    void answersAnUnknownPublicPathWithAProblemDocument() {
        client.get().uri("/api/catalog/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/not-found")
                .jsonPath("$.status").isEqualTo(404);
    }
}
