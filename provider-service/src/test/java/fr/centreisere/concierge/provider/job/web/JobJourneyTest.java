package fr.centreisere.concierge.provider.job.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.dispatchBody;
import static fr.centreisere.concierge.provider.support.Api.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.support.Api;
import fr.centreisere.concierge.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The job workflow through HTTP against the seeded members: dispatch, the member staff's lifecycle,
 * cascade on decline and expiry, reassignment, cancellation, and the problem documents on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import({MutableClock.Config.class, Api.Keys.class})
@EnableWireMock(@ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.order-service.url"))
class JobJourneyTest {

    private static final String BIKE_WORKSHOP = "mbr-atelier-velo-voironnais";
    private static final String GARDENS = "mbr-jardins-de-la-morge";
    private static final String PROXI = "mbr-proxi-services-voironnais";

    @Autowired
    RestTestClient client;

    @Autowired
    MutableClock clock;

    @Autowired
    ExpireOffers expireOffers;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    @BeforeEach
    void orderServiceTakesEvents() {
        orderService.resetAll();
        orderService.stubFor(post(urlPathMatching("/internal/orders/.*/job-events")).willReturn(aResponse().withStatus(204)));
    }

    private String dispatch(String orderId, String serviceId, String category, String commune, String date) {
        String body = client.post().uri("/internal/dispatches").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body(dispatchBody(orderId, serviceId, category, commune, date)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return body;
    }

    private RestTestClient.ResponseSpec act(String jobId, String action, Consumer<HttpHeaders> who, String body) {
        var request = client.post().uri("/api/jobs/{id}/{action}", jobId, action).headers(who);
        if (body != null) {
            return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
        }
        return request.exchange();
    }

    @Test
    void dispatchingTheSameOrderTwiceCreatesOneJob() {
        String first = dispatch("ord-twice", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-07");
        String second = dispatch("ord-twice", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-07");
        assertThat(JsonPath.<String>read(second, "$.jobId")).isEqualTo(JsonPath.read(first, "$.jobId"));
        assertThat(JsonPath.<String>read(first, "$.state")).isEqualTo("OFFERED");
        assertThat(JsonPath.<String>read(first, "$.memberId")).isEqualTo(BIKE_WORKSHOP);
        // the answer carries the outcome: no call back into order-service, which waits for this answer
        orderService.verify(0, postRequestedFor(urlEqualTo("/internal/orders/ord-twice/job-events")));
    }

    @Test
    void theDispatchAnswerCarriesTheOutcomeAndOnlyLaterChangesAreSentAsEvents() {
        String offered = dispatch("ord-answer", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-09");
        assertThat(JsonPath.<String>read(offered, "$.jobId")).isEqualTo("job-ord-answer");
        assertThat(JsonPath.<String>read(offered, "$.state")).isEqualTo("OFFERED");
        assertThat(JsonPath.<String>read(offered, "$.memberId")).isEqualTo(BIKE_WORKSHOP);
        String nobody = dispatch("ord-nobody", "svc-reparation-velo", "SMALL_REPAIRS", "38001", "2026-12-09");
        assertThat(JsonPath.<String>read(nobody, "$.state")).isEqualTo("UNASSIGNED");
        assertThat(JsonPath.<String>read(nobody, "$.unassignedReason")).isEqualTo("NOT_COVERED");
        orderService.verify(0, postRequestedFor(urlPathMatching("/internal/orders/.*/job-events")));

        act("job-ord-answer", "accept", staffOf(BIKE_WORKSHOP), null).expectStatus().isOk();
        orderService.verify(1, postRequestedFor(urlEqualTo("/internal/orders/ord-answer/job-events"))
                .withRequestBody(matchingJsonPath("$.type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("ACCEPTED")))
                .withRequestBody(matchingJsonPath("$.eventId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("job-ord-answer:2"))));
        orderService.verify(1, postRequestedFor(urlPathMatching("/internal/orders/.*/job-events")));
    }

    @Test
    void memberStaffCarryOutTheirJobFromOfferToCompletion() {
        String jobId = JsonPath.read(dispatch("ord-life", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-08"), "$.jobId");

        client.get().uri("/api/jobs?state=OFFERED").headers(staffOf(BIKE_WORKSHOP)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.content[?(@.id == '%s')].memberId".formatted(jobId)).isEqualTo(List.of(BIKE_WORKSHOP))
                .jsonPath("$.totalElements").value(n -> assertThat(((Number) n).intValue()).isPositive());
        client.get().uri("/api/jobs/{id}", jobId).headers(staffOf(GARDENS)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        act(jobId, "accept", staffOf(GARDENS), null).expectStatus().isNotFound();

        act(jobId, "accept", staffOf(BIKE_WORKSHOP), null).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED");
        act(jobId, "accept", staffOf(BIKE_WORKSHOP), null).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/conflict");
        act(jobId, "complete", staffOf(BIKE_WORKSHOP), "{\"hoursWorked\":2,\"insertionHours\":1}")
                .expectStatus().isEqualTo(409);
        act(jobId, "start", staffOf(BIKE_WORKSHOP), null).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("IN_PROGRESS");
        act(jobId, "complete", staffOf(BIKE_WORKSHOP), "{\"hoursWorked\":2,\"insertionHours\":3}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/business-rule");
        act(jobId, "complete", staffOf(BIKE_WORKSHOP), "{\"hoursWorked\":-1}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains("hoursWorked", "insertionHours"));
        act(jobId, "complete", staffOf(BIKE_WORKSHOP), "{\"hoursWorked\":2.5,\"insertionHours\":1.5,\"note\":\"dérailleur changé\"}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DONE")
                .jsonPath("$.report.insertionHours").isEqualTo(1.5);

        orderService.verify(1, postRequestedFor(urlEqualTo("/internal/orders/ord-life/job-events"))
                .withRequestBody(matchingJsonPath("$.type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("DONE")))
                .withRequestBody(matchingJsonPath("$.hoursWorked", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2.5"))));
        // accepted, started, done: the offer itself was in the dispatch's answer
        orderService.verify(3, postRequestedFor(urlEqualTo("/internal/orders/ord-life/job-events")));

        client.get().uri("/api/impact?from=2026-12-01&to=2026-12-31").headers(coordinator()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.members[?(@.memberId == '%s')].jobsDone".formatted(BIKE_WORKSHOP)).isEqualTo(List.of(1))
                .jsonPath("$.members[?(@.memberId == '%s')].revenueCents".formatted(BIKE_WORKSHOP)).isEqualTo(List.of(4500))
                .jsonPath("$.members[?(@.memberId == '%s')].commissionCents".formatted(BIKE_WORKSHOP)).isEqualTo(List.of(360))
                .jsonPath("$.members[?(@.memberId == '%s')].insertionHours".formatted(BIKE_WORKSHOP)).isEqualTo(List.of(1.5));
        client.get().uri("/api/impact").headers(staffOf(BIKE_WORKSHOP)).exchange().expectStatus().isForbidden();
    }

    @Test
    void aDeclinedJobGoesToTheNextMemberOfTheRankingThenNobody() {
        String answer = dispatch("ord-decline", "svc-tonte-pelouse", "GARDENING", "38563", "2026-12-09");
        String jobId = JsonPath.read(answer, "$.jobId");
        String first = JsonPath.read(answer, "$.memberId");
        assertThat(first).isIn(GARDENS, PROXI);
        String second = first.equals(GARDENS) ? PROXI : GARDENS;

        act(jobId, "decline", staffOf(first), "{}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        act(jobId, "decline", staffOf(first), "{\"reason\":\"équipe complète\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("OFFERED").jsonPath("$.memberId").isEqualTo(second);
        act(jobId, "accept", staffOf(first), null).expectStatus().isEqualTo(409);

        client.get().uri("/api/jobs/{id}/dispatch", jobId).headers(staffOf(first)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision.kind").isEqualTo("ROTATION")
                .jsonPath("$.decision.winner").isEqualTo(first)
                .jsonPath("$.decision.candidates.length()").isEqualTo(2)
                .jsonPath("$.decision.candidates[0].memberId").isEqualTo(first)
                .jsonPath("$.decision.candidates[0].shortfall").exists()
                .jsonPath("$.offers[0].outcome").isEqualTo("DECLINED")
                .jsonPath("$.offers[1].memberId").isEqualTo(second);

        act(jobId, "decline", staffOf(second), "{\"reason\":\"pas de véhicule\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("UNASSIGNED");
        orderService.verify(1, postRequestedFor(urlEqualTo("/internal/orders/ord-decline/job-events"))
                .withRequestBody(matchingJsonPath("$.type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("UNASSIGNED"))));

        // the member declined this order: a coordinator gives it to it again only on a confirmed override
        client.post().uri("/internal/dispatches/ord-decline/reassign").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"memberId\":\"%s\",\"decidedBy\":\"usr-demo-coordinator\"}".formatted(first)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("MEMBER_NOT_FIT")
                .jsonPath("$.reasons[0]").isEqualTo("ALREADY_REFUSED");
        client.post().uri("/internal/dispatches/ord-decline/reassign").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"memberId\":\"%s\",\"decidedBy\":\"usr-demo-coordinator\",\"override\":true}".formatted(first))
                .exchange().expectStatus().isBadRequest();
        client.post().uri("/internal/dispatches/ord-decline/reassign").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"memberId\":\"%s\",\"decidedBy\":\"usr-demo-coordinator\",\"override\":true,\"reason\":\"l'équipe est revenue\"}"
                        .formatted(first)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("OFFERED").jsonPath("$.memberId").isEqualTo(first);
        client.get().uri("/api/jobs/{id}/dispatch", jobId).headers(coordinator()).exchange()
                .expectBody().jsonPath("$.decisions[1].kind").isEqualTo("ROTATION")
                .jsonPath("$.decisions[1].winner").isEqualTo(second)
                .jsonPath("$.decisions[1].excluded[?(@.memberId == '%s')].reason".formatted(first))
                .isEqualTo(List.of("ALREADY_REFUSED"))
                .jsonPath("$.decisions[3].kind").isEqualTo("MANUAL")
                .jsonPath("$.decisions[3].overrideReason").isEqualTo("l'équipe est revenue")
                .jsonPath("$.offers[2].manual").isEqualTo(true);
    }

    @Test
    void theJobsHistoryIsSaidInTheReadersLanguageAndAMembersWordsAsTyped() {
        String answer = dispatch("ord-words", "svc-tonte-pelouse", "GARDENING", "38563", "2026-12-10");
        String jobId = JsonPath.read(answer, "$.jobId");
        String first = JsonPath.read(answer, "$.memberId");
        String second = first.equals(GARDENS) ? PROXI : GARDENS;
        act(jobId, "decline", staffOf(first), "{\"reason\":\"équipe complète / tondeuse en panne\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.memberId").isEqualTo(second);
        // a coordinator takes the job from the member it is offered to
        client.post().uri("/internal/dispatches/ord-words/reassign").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"memberId\":\"%s\",\"decidedBy\":\"usr-demo-coordinator\",\"override\":true,\"reason\":\"revenu\"}"
                        .formatted(first)).exchange()
                .expectStatus().isOk();

        client.get().uri("/api/jobs/{id}/dispatch", jobId).headers(coordinator()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rule").isEqualTo("Plus grand écart à la part due, puis offert le moins récemment, puis plus petit identifiant")
                .jsonPath("$.offers[0].reason").isEqualTo("équipe complète / tondeuse en panne")
                .jsonPath("$.offers[0].reasonCode").doesNotExist()
                .jsonPath("$.offers[1].outcome").isEqualTo("WITHDRAWN")
                .jsonPath("$.offers[1].reason").isEqualTo("réattribué")
                .jsonPath("$.offers[1].reasonCode").isEqualTo("job.offer.reassigned");
        client.get().uri("/api/jobs/{id}/dispatch", jobId).headers(coordinator()).header("Accept-Language", "en").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rule").isEqualTo("Largest shortfall, then least recently offered, then lowest id")
                .jsonPath("$.offers[0].reason").isEqualTo("équipe complète / tondeuse en panne")
                .jsonPath("$.offers[1].reason").isEqualTo("reassigned")
                .jsonPath("$.offers[1].reasonCode").isEqualTo("job.offer.reassigned");
    }

    @Test
    void aRefusalIsInTheReadersLanguageWithTheSameCodeAndItsArguments() {
        client.post().uri("/internal/dispatches/ord-nope/reassign").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"memberId\":\"mbr-x\",\"decidedBy\":\"usr-demo-coordinator\"}").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("job.not-found-for-order")
                .jsonPath("$.args[0]").isEqualTo("ord-nope")
                .jsonPath("$.title").isEqualTo("Introuvable")
                .jsonPath("$.detail").isEqualTo("aucun travail pour la commande ord-nope");
        client.post().uri("/internal/dispatches/ord-nope/reassign").headers(Api.internal()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"memberId\":\"mbr-x\",\"decidedBy\":\"usr-demo-coordinator\"}").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("job.not-found-for-order")
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.detail").isEqualTo("no job for order ord-nope");
    }

    @Test
    void anExpiredOfferCascadesToTheNextMember() {
        String answer = dispatch("ord-expire", "svc-tonte-pelouse", "GARDENING", "38565", "2026-12-11");
        String jobId = JsonPath.read(answer, "$.jobId");
        String first = JsonPath.read(answer, "$.memberId");
        double expiredBefore = expiredOffers();
        double gardeningBefore = expiredOffers("GARDENING");
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        try {
            int expired = expireOffers.expireDue(100);
            assertThat(expired).isGreaterThanOrEqualTo(1);
            // the business meter moves with every offer expired (docs/OPERATIONS.md)
            assertThat(expiredOffers()).isEqualTo(expiredBefore + expired);
            assertThat(expiredOffers("GARDENING")).isGreaterThanOrEqualTo(gardeningBefore + 1);
        } finally {
            clock.advance(Duration.ofHours(-2).minusSeconds(1));
        }
        client.get().uri("/api/jobs/{id}/dispatch", jobId).headers(coordinator()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.offers[0].memberId").isEqualTo(first)
                .jsonPath("$.offers[0].outcome").isEqualTo("EXPIRED")
                .jsonPath("$.state").isEqualTo("OFFERED")
                .jsonPath("$.currentMemberId").value(m -> assertThat(m).isNotEqualTo(first));
        act(jobId, "accept", staffOf(first), null).expectStatus().isEqualTo(409);
    }

    /** Offers expired so far, of every category or of one. */
    private double expiredOffers(String... category) {
        var search = meters.find(fr.centreisere.concierge.provider.job.metrics.MicrometerJobMeters.OFFERS_EXPIRED);
        if (category.length > 0) {
            search = search.tag("category", category[0]);
        }
        return search.counters().stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    @Test
    void aCancelledOrdersJobIsCancelledOnceAndCannotBeAccepted() {
        String jobId = JsonPath.read(dispatch("ord-cancel", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-12"), "$.jobId");
        for (int i = 0; i < 2; i++) {
            client.post().uri("/internal/dispatches/ord-cancel/cancel").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"reason\":\"client absent\"}").exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CANCELLED");
        }
        act(jobId, "accept", staffOf(BIKE_WORKSHOP), null).expectStatus().isEqualTo(409);
        client.post().uri("/internal/dispatches/ord-unknown/cancel").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{}").exchange().expectStatus().isNotFound();
    }

    @Test
    void anOrderNobodyCanServeIsUnassigned() {
        // svc-vide-maison is a rarer service: nobody covers Merlas (38228)
        String answer = dispatch("ord-nobody", "svc-vide-maison", "RESSOURCERIE_COLLECTION", "38228", "2026-12-14");
        assertThat(JsonPath.<String>read(answer, "$.state")).isEqualTo("UNASSIGNED");
        assertThat(JsonPath.<Object>read(answer, "$.memberId")).isNull();
    }

    @Test
    void aBrokenDispatchRequestIsAValidationProblem() {
        client.post().uri("/internal/dispatches").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"orderId\":\"x\",\"serviceId\":\"svc-tonte-pelouse\",\"category\":\"GARDENING\",\"communeInsee\":\"Voiron\",\"quantity\":0}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains("communeInsee", "slot", "quantity"));
    }

    @Test
    void aMemberAtItsDailyCapacityIsNotOfferedMore() {
        // house clearing in Voiron: only La Ressourcerie du Lac, one a day
        String first = dispatch("ord-cap-1", "svc-vide-maison", "RESSOURCERIE_COLLECTION", "38563", "2026-12-16");
        assertThat(JsonPath.<String>read(first, "$.memberId")).isEqualTo("mbr-ressourcerie-du-lac");
        String second = dispatch("ord-cap-2", "svc-vide-maison", "RESSOURCERIE_COLLECTION", "38563", "2026-12-16");
        assertThat(JsonPath.<String>read(second, "$.state")).isEqualTo("UNASSIGNED");
        String nextDay = dispatch("ord-cap-3", "svc-vide-maison", "RESSOURCERIE_COLLECTION", "38563", "2026-12-17");
        assertThat(JsonPath.<String>read(nextDay, "$.memberId")).isEqualTo("mbr-ressourcerie-du-lac");
    }

    @Test
    void theCascadeChecksEligibilityAgainAndSkipsASuspendedMember() {
        String answer = dispatch("ord-suspended", "svc-petit-bricolage", "SMALL_REPAIRS", "38563", "2026-12-18");
        String jobId = JsonPath.read(answer, "$.jobId");
        String first = JsonPath.read(answer, "$.memberId");
        String ranking = client.get().uri("/api/jobs/{id}/dispatch", jobId).headers(coordinator()).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> candidates = JsonPath.read(ranking, "$.decision.candidates[*].memberId");
        assertThat(candidates).hasSizeGreaterThan(2).startsWith(first);
        String second = candidates.get(1);

        String profile = client.get().uri("/api/members/{id}/details", second).headers(coordinator()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String suspended = """
                {"name":"%s","structureType":"%s","active":false}
                """.formatted(JsonPath.<String>read(profile, "$.name"), JsonPath.<String>read(profile, "$.structureType"));
        client.put().uri("/api/members/{id}", second).headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body(suspended).exchange().expectStatus().isOk();

        try {
            act(jobId, "decline", staffOf(first), "{\"reason\":\"matériel en panne\"}").expectStatus().isOk()
                    .expectBody().jsonPath("$.state").isEqualTo("OFFERED")
                    .jsonPath("$.memberId").isEqualTo(candidates.get(2));
        } finally {
            client.put().uri("/api/members/{id}", second).headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                    .body(suspended.replace("false", "true")).exchange().expectStatus().isOk();
        }
    }

    @Test
    void jobsNeedAnIdentity() {
        client.get().uri("/api/jobs").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/jobs").headers(Api.resident()).exchange().expectStatus().isForbidden();
        client.get().uri("/api/jobs").headers(h -> h.setBearerAuth("not-a-token")).exchange().expectStatus().isUnauthorized();
        client.post().uri("/internal/dispatches").headers(coordinator()).contentType(MediaType.APPLICATION_JSON)
                .body(dispatchBody("ord-user", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-20")).exchange()
                .expectStatus().isUnauthorized();
    }
}
