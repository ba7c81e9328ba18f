package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import fr.centreisere.concierge.gateway.identity.AccessTokens;
import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each client gets its own budget on /api/**; past it, 429 with Retry-After. (Refill is set to almost nothing.) */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "concierge.limits.requests-burst=3", "concierge.limits.requests-per-second=0.001" })
@AutoConfigureWebTestClient
class ApiRateLimitTest {

    @Autowired
    WebTestClient client;

    @Autowired
    AccessTokens tokens;

    @Test
    void aClientPastItsBudgetGets429ProblemWithRetryAfterAndOthersDoNot() {
        String first = token("usr-rate-1");
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + first).exchange()
                    .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
        }
        client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + first).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/too-many-requests");
        // another signed-in client has its own budget
        client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("usr-rate-2")).exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
        // the web UI is not the API: not limited
        for (int i = 0; i < 5; i++) {
            client.get().uri("/").exchange().expectStatus().isOk();
        }
    }

    private String token(String userId) {
        return tokens.issue(new Account(userId, new EmailAddress(userId + "@demo.test"), PasswordHash.of("-"), "Rate",
                null, null, Set.of(Role.RESIDENT), null, null, Instant.now())).value();
    }
}
