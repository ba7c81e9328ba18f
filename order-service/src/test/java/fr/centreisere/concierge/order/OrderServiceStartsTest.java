package fr.centreisere.concierge.order;

import fr.centreisere.concierge.testsupport.ServiceStartsContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/** The service starts against a MongoDB wire-protocol server and shows what the launcher and the gateway rely on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OrderServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String serviceName() {
        return "order-service";
    }

    @Test
    void asksAnAnonymousCallerToSignInWithAProblemDocument() {
        // every order-service path needs a signed-in caller, even one that does not exist
        client.get().uri("/api/nothing-here").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/unauthorized")
                .jsonPath("$.status").isEqualTo(401);
    }
}
