package fr.centreisere.concierge.notification;

import fr.centreisere.concierge.testsupport.ServiceStartsContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/** The service starts against a MongoDB wire-protocol server and shows what the launcher and the gateway rely on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // no mail server in this test: the service starts and is ready all the same
        "spring.mail.port=1", "concierge.notification.outbox.enabled=true" })
@AutoConfigureRestTestClient
class NotificationServiceStartsTest extends ServiceStartsContract {

    @Override
    protected String serviceName() {
        return "notification-service";
    }

    @Test
    void asksAnAnonymousCallerToSignInWithAProblemDocument() {
        client.get().uri("/api/notifications").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/unauthorized");
    }

    @Test
    void isHealthyWithTheMailServerAway() {
        fr.centreisere.concierge.testsupport.RawHttp.Answer health =
                fr.centreisere.concierge.testsupport.RawHttp.get(managementPort, "/actuator/health");
        org.assertj.core.api.Assertions.assertThat(health.status()).as(health.toString()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
