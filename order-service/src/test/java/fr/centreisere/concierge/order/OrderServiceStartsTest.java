package fr.centreisere.concierge.order;

import java.util.List;

import fr.centreisere.concierge.testsupport.OpenApiDescriptions;
import fr.centreisere.concierge.testsupport.ServiceStartsContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    /** An order's members that are null in answers (no job yet, no company, no notes…) are described as nullable. */
    @Test
    void describesTheNullMembersOfAnOrderAsNullable() {
        JsonNode description = JsonMapper.shared().readTree(client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody());
        OpenApiDescriptions.assertNullable(description, "OrderView",
                List.of("notes", "phone", "companyId", "memberId", "jobId", "unassignedReason", "delivery"),
                List.of("id", "number", "state", "customer", "price", "history", "createdAt"));
        OpenApiDescriptions.assertNullable(description, "AddressView", List.of("line2"), List.of("line1", "postalCode"));
    }
}
