package fr.centreisere.concierge.provider;

import fr.centreisere.concierge.testsupport.ServiceStartsContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/** The service starts against a MongoDB wire-protocol server and shows what the launcher and the gateway rely on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ProviderServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String serviceName() {
        return "provider-service";
    }

    @Test
    void answersAnUnknownPublicPathWithAProblemDocument() {
        client.get().uri("/api/members/mbr-x/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/not-found")
                .jsonPath("$.status").isEqualTo(404);
    }
}
