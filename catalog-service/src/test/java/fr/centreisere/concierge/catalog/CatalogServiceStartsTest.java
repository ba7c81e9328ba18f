package fr.centreisere.concierge.catalog;

import fr.centreisere.concierge.testsupport.ServiceStartsContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/** The service starts against a MongoDB wire-protocol server and shows what the launcher and the gateway rely on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class CatalogServiceStartsTest extends ServiceStartsContract {

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
