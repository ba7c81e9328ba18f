package fr.centreisere.concierge.provider.member.web;

import static fr.centreisere.concierge.provider.support.Api.coordinator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Capabilities that are not well-formed are 400 problems naming the place, before anything is
 * replaced: a null in the list or in the communes (a 500 before), a service id that is not one,
 * a capacity with a fraction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@org.springframework.context.annotation.Import(fr.centreisere.concierge.provider.support.Api.Keys.class)
class CapabilitiesInputTest {

    static final String PATH = "/api/members/mbr-atelier-velo-voironnais/capabilities";

    @Autowired
    RestTestClient client;

    @Test
    void malformedCapabilitiesAre400NamingTheField() {
        String[][] cases = {
                { "[null]", "[0]" },
                { "[{\"serviceId\":\"svc-reparation-velo\",\"communes\":[null],\"dailyCapacity\":2}]", "[0].communes[0]" },
                { "[{\"serviceId\":\"svc-reparation-velo\",\"communes\":[\"38563\"],\"dailyCapacity\":1.5}]", "[0].dailyCapacity" },
                { "[{\"serviceId\":\"..\",\"communes\":[\"38563\"],\"dailyCapacity\":2}]", "[0].serviceId" },
        };
        for (String[] input : cases) {
            client.put().uri(PATH).headers(coordinator()).contentType(MediaType.APPLICATION_JSON).body(input[0]).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").value(field -> org.assertj.core.api.Assertions
                            .assertThat((String) field).as(input[0]).isEqualTo(input[1]));
        }
        client.get().uri(PATH).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.serviceId == '..')]").isEmpty();
    }
}
