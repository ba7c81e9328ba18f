package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.centreisere.concierge.testsupport.OpenApiDescriptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's own description says what its operations really answer, like the services' do, and
 * which need no token: signing in and registering are public, the accounts' administration is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayOpenApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void describesItsOperationsAsTheyAnswer() {
        String body = client.get().uri("/v3/api-docs/gateway").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode description = OpenApiDescriptions.check("gateway", body);

        assertThat(description.at("/paths/~1api~1auth~1login/post/security").isMissingNode()).isTrue();
        assertThat(description.at("/paths/~1api~1auth~1accounts/get/security/0/bearerAuth").isArray()).isTrue();
        assertThat(description.at("/paths/~1api~1auth~1accounts/get/responses/403").isMissingNode()).isFalse();
    }
}
