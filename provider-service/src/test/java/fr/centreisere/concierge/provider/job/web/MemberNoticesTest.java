package fr.centreisere.concierge.provider.job.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobChangedConcurrently;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.MemberNotice;
import fr.centreisere.concierge.provider.job.RelayMemberNotices;
import fr.centreisere.concierge.provider.job.RemindOffers;
import fr.centreisere.concierge.provider.support.Api;
import fr.centreisere.concierge.testsupport.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The notices to members' staff (issue 13), from the change that causes them to notification-service
 * (WireMock), against the seeded members: what each says and to whom, once; the reminder once even when
 * two sweeps race; a notice retried after a 503 and never again after a 202; a refused one set aside and
 * reported; the outcomes to order-service never waiting for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "provider.outbox.first-retry=PT10S", "provider.outbox.max-retry=PT1M",
        "spring.cloud.openfeign.client.config.notification-service.read-timeout=500"})
@AutoConfigureRestTestClient
@Import({MutableClock.Config.class, Api.Keys.class})
@EnableWireMock({
        @ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.order-service.url"),
        @ConfigureWireMock(name = "notification-service", baseUrlProperties = "concierge.notification-service.url")})
class MemberNoticesTest {

    private static final String EVENTS = "/internal/notifications/events";
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final String BIKE_WORKSHOP = "mbr-atelier-velo-voironnais";
    private static final String GARDENS = "mbr-jardins-de-la-morge";
    private static final String PROXI = "mbr-proxi-services-voironnais";

    @Autowired
    RestTestClient client;

    @Autowired
    MutableClock clock;

    @Autowired
    Jobs jobs;

    @Autowired
    RelayMemberNotices notices;

    @Autowired
    RemindOffers remindOffers;

    @Autowired
    ExpireOffers expireOffers;

    @Autowired
    CircuitBreakerRegistry breakers;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    @InjectWireMock("notification-service")
    WireMockServer notificationService;

    @BeforeEach
    void servicesTakeEverything() {
        clock.set(START);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        orderService.resetAll();
        orderService.stubFor(post(urlPathMatching("/internal/orders/.*/job-events")).willReturn(aResponse().withStatus(204)));
        notificationService.resetAll();
        notificationService.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
    }

    private String dispatch(String body) {
        return client.post().uri("/internal/dispatches").headers(Api.internal()).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private String dispatch(String orderId, String serviceId, String category, String commune, String date) {
        return dispatch(Api.dispatchBody(orderId, serviceId, category, commune, date));
    }

    private void internalPost(String uri, String body, int status) {
        client.post().uri(uri).headers(Api.internal()).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(status);
    }

    private Job job(String jobId) {
        return jobs.byId(jobId).orElseThrow();
    }

    private void relay(String jobId) {
        notices.relay(job(jobId));
    }

    /** The bodies notification-service received for that job, in the order they arrived. */
    private List<String> received(String jobId) {
        List<ServeEvent> served = new ArrayList<>(notificationService.getAllServeEvents());
        served.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return served.stream().map(e -> e.getRequest().getBodyAsString())
                .filter(body -> body.contains("\"eventId\":\"" + jobId + ":n:")).toList();
    }

    private static String read(String json, String path) {
        return String.valueOf(JsonPath.<Object>read(json, path));
    }

    @Test
    void aNewOfferIsSentOnceToTheMembersStaffAndContactAddressWithWhatItNeedsAndNeverTheCustomersAddress() {
        dispatch("""
                {"orderId":"ord-n1","orderNumber":"CMD-ord-n1","serviceId":"svc-reparation-velo","category":"SMALL_REPAIRS",
                 "communeInsee":"38563","slot":{"date":"2026-12-08","from":"14:00","to":"16:00"},"quantity":2,
                 "subtotalCents":4500,"commissionCents":360,"serviceName":"Réparation de vélo"}
                """);
        relay("job-ord-n1");
        relay("job-ord-n1");
        notices.relayDue(100);

        notificationService.verify(1, postRequestedFor(urlEqualTo(EVENTS))
                .withHeader("X-Internal-Token", equalTo(Api.INTERNAL_TOKEN))
                .withRequestBody(equalToJson("""
                        {"eventId":"job-ord-n1:n:1","kind":"OFFER_NEW","occurredAt":"2026-12-01T08:00:00Z",
                         "to":{"memberId":"mbr-atelier-velo-voironnais","emails":["contact@atelier-velo-voironnais.example.org"]},
                         "link":"/#/missions/job-ord-n1",
                         "data":{"jobId":"job-ord-n1","serviceName":"Réparation de vélo","quantity":2,"communeName":"Voiron",
                                 "date":"2026-12-08","from":"14:00","to":"16:00","expiresAt":"2026-12-01T10:00:00Z"}}
                        """)));
        assertThat(received("job-ord-n1")).hasSize(1);
        assertThat(job("job-ord-n1").undeliveredNotices()).isEmpty();
    }

    @Test
    void withoutTheServicesNameTheMessageNamesItFromItsId() {
        dispatch("ord-n2", "svc-reparation-velo", "SMALL_REPAIRS", "38565", "2026-12-09");
        relay("job-ord-n2");
        assertThat(received("job-ord-n2")).singleElement().satisfies(body -> {
            assertThat(read(body, "$.data.serviceName")).isEqualTo("Reparation velo");
            assertThat(read(body, "$.data.communeName")).isEqualTo("Voreppe");
        });
    }

    @Test
    void everyNewOfferAfterADeclineAnExpiryOrAReassignmentIsSentAndTheMemberWhoseOfferEndedHearsWhy() {
        String answer = dispatch("ord-n3", "svc-tonte-pelouse", "GARDENING", "38563", "2026-12-10");
        String jobId = JsonPath.read(answer, "$.jobId");
        String first = JsonPath.read(answer, "$.memberId");
        String second = first.equals(GARDENS) ? PROXI : GARDENS;

        client.post().uri("/api/jobs/{id}/decline", jobId).headers(staffOf(first)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"équipe complète\"}").exchange().expectStatus().isOk();
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertThat(expireOffers.expireDue(100)).isPositive();
        assertThat(job(jobId).state().name()).isEqualTo("UNASSIGNED");
        internalPost("/internal/dispatches/ord-n3/reassign",
                "{\"memberId\":\"%s\",\"decidedBy\":\"usr-demo-coordinator\",\"override\":true,\"reason\":\"revenue\"}"
                        .formatted(first), 200);
        internalPost("/internal/dispatches/ord-n3/reassign",
                "{\"memberId\":\"%s\",\"decidedBy\":\"usr-demo-coordinator\",\"override\":true,\"reason\":\"revenue\"}"
                        .formatted(second), 200);
        relay(jobId);

        List<String> sent = received(jobId);
        assertThat(sent).extracting(b -> read(b, "$.eventId") + " " + read(b, "$.kind") + " " + read(b, "$.to.memberId"))
                .containsExactly(
                        jobId + ":n:1 OFFER_NEW " + first,
                        jobId + ":n:2 OFFER_NEW " + second,
                        jobId + ":n:3 OFFER_WITHDRAWN " + second,
                        jobId + ":n:4 OFFER_NEW " + first,
                        jobId + ":n:5 OFFER_WITHDRAWN " + first,
                        jobId + ":n:6 OFFER_NEW " + second);
        assertThat(sent.get(2)).satisfies(expired -> {
            assertThat(read(expired, "$.data.reason")).isEqualTo("EXPIRED");
            assertThat(read(expired, "$.data.by")).isEqualTo("SYSTEM");
            assertThat(read(expired, "$.data.date")).isEqualTo("2026-12-10");
            assertThat(expired).doesNotContain("expiresAt", "communeName");
        });
        assertThat(sent.get(4)).satisfies(reassigned -> {
            assertThat(read(reassigned, "$.data.reason")).isEqualTo("REASSIGNED");
            assertThat(read(reassigned, "$.data.by")).isEqualTo("COORDINATOR");
        });
        assertThat(read(sent.get(5), "$.to.emails[0]")).isEqualTo("contact@" + second.substring(4) + ".example.org");
    }

    @Test
    void anOrderMovedToADayWithRoomIsOfferedAndSaid() {
        dispatch("ord-n4a", "svc-vide-maison", "RESSOURCERIE_COLLECTION", "38563", "2026-12-21");
        String full = dispatch("ord-n4b", "svc-vide-maison", "RESSOURCERIE_COLLECTION", "38563", "2026-12-21");
        assertThat(read(full, "$.state")).isEqualTo("UNASSIGNED");
        internalPost("/internal/dispatches/ord-n4b/reschedule",
                "{\"slot\":{\"date\":\"2026-12-22\",\"from\":\"09:00\",\"to\":\"10:00\"}}", 200);
        relay("job-ord-n4b");
        assertThat(received("job-ord-n4b")).singleElement().satisfies(body -> {
            assertThat(read(body, "$.kind")).isEqualTo("OFFER_NEW");
            assertThat(read(body, "$.to.memberId")).isEqualTo("mbr-ressourcerie-du-lac");
            assertThat(read(body, "$.data.date")).isEqualTo("2026-12-22");
            assertThat(read(body, "$.data.from")).isEqualTo("09:00");
        });
    }

    @Test
    void cancellingWithdrawsAnOpenOfferAndCancelsAnAcceptedJobSayingByWhom() {
        dispatch("ord-n5a", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-11");
        internalPost("/internal/dispatches/ord-n5a/cancel", "{\"reason\":\"client absent\",\"by\":\"CUSTOMER\"}", 200);
        dispatch("ord-n5b", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-11");
        client.post().uri("/api/jobs/job-ord-n5b/accept").headers(staffOf(BIKE_WORKSHOP)).exchange().expectStatus().isOk();
        internalPost("/internal/dispatches/ord-n5b/cancel", "{\"reason\":\"doublon\",\"by\":\"COORDINATOR\"}", 200);
        internalPost("/internal/dispatches/ord-n5b/cancel", "{\"reason\":\"doublon\",\"by\":\"COORDINATOR\"}", 200);
        dispatch("ord-n5c", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-11");
        internalPost("/internal/dispatches/ord-n5c/cancel", "{\"by\":\"SOMEONE\"}", 400);
        internalPost("/internal/dispatches/ord-n5c/cancel", "{}", 200);
        List.of("job-ord-n5a", "job-ord-n5b", "job-ord-n5c").forEach(this::relay);

        assertThat(received("job-ord-n5a")).last().satisfies(withdrawn -> {
            assertThat(read(withdrawn, "$.kind")).isEqualTo("OFFER_WITHDRAWN");
            assertThat(read(withdrawn, "$.data.reason")).isEqualTo("CANCELLED");
            assertThat(read(withdrawn, "$.data.by")).isEqualTo("CUSTOMER");
            assertThat(read(withdrawn, "$.data.note")).isEqualTo("client absent");
        });
        assertThat(received("job-ord-n5b")).as("cancelling twice says it once")
                .extracting(b -> read(b, "$.kind")).containsExactly("OFFER_NEW", "JOB_CANCELLED");
        assertThat(received("job-ord-n5b").get(1)).satisfies(cancelled -> {
            assertThat(read(cancelled, "$.data.by")).isEqualTo("COORDINATOR");
            assertThat(read(cancelled, "$.data.note")).isEqualTo("doublon");
            assertThat(read(cancelled, "$.to.memberId")).isEqualTo(BIKE_WORKSHOP);
        });
        assertThat(received("job-ord-n5c")).last().satisfies(withdrawn -> {
            assertThat(read(withdrawn, "$.data.by")).isEqualTo("SYSTEM");
            assertThat(withdrawn).doesNotContain("\"note\"");
        });
    }

    @Test
    void theReminderIsWrittenOnceEvenWhenTwoSweepsRace() throws Exception {
        dispatch("ord-n6", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-14");
        // offered at 08:00 for 2 h: reminded from 09:30
        clock.set(Instant.parse("2026-12-01T09:29:00Z"));
        remindOffers.remindDue(100);
        assertThat(job("job-ord-n6").notices()).hasSize(1);

        clock.set(Instant.parse("2026-12-01T09:30:00Z"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> sweeps = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return remindOffers.remindDue(100);
        })).toList();
        sweeps.forEach(CompletableFuture::join);
        remindOffers.remindDue(100);

        Job reminded = job("job-ord-n6");
        assertThat(reminded.notices()).extracting(MemberNotice::kind)
                .containsExactly(MemberNotice.Kind.OFFER_NEW, MemberNotice.Kind.OFFER_REMINDER);
        assertThat(reminded.currentOffer().orElseThrow().remindedAt()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        relay("job-ord-n6");
        relay("job-ord-n6");
        assertThat(received("job-ord-n6")).hasSize(2).last().satisfies(body -> {
            assertThat(read(body, "$.eventId")).isEqualTo("job-ord-n6:n:2");
            assertThat(read(body, "$.kind")).isEqualTo("OFFER_REMINDER");
            assertThat(read(body, "$.data.expiresAt")).isEqualTo("2026-12-01T10:00:00Z");
            assertThat(read(body, "$.data.communeName")).isEqualTo("Voiron");
        });
    }

    @Test
    void ofTwoWritersOfTheSameReminderTheSecondFindsTheJobChangedAndWritesNothing() {
        dispatch("ord-n7", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-15");
        clock.set(Instant.parse("2026-12-01T09:45:00Z"));
        Job one = job("job-ord-n7");
        Job other = job("job-ord-n7");
        assertThat(one.remind(clock.instant())).isTrue();
        assertThat(other.remind(clock.instant())).isTrue();
        jobs.update(one);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.update(other))
                .isInstanceOf(JobChangedConcurrently.class);
        assertThat(job("job-ord-n7").notices()).filteredOn(n -> n.kind() == MemberNotice.Kind.OFFER_REMINDER).hasSize(1);
        assertThat(job("job-ord-n7").reminderDueAt()).as("once per offer").isEmpty();
    }

    @Test
    void anOfferNearItsSlotIsRemindedTenMinutesBeforeItExpires() {
        // the slot starts within 24 h: the offer lasts 20 min (08:00 → 08:20), reminded from 08:10
        dispatch("ord-n8", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-01");
        assertThat(job("job-ord-n8").expiresAt()).contains(Instant.parse("2026-12-01T08:20:00Z"));
        clock.set(Instant.parse("2026-12-01T08:09:59Z"));
        remindOffers.remindDue(100);
        assertThat(job("job-ord-n8").notices()).hasSize(1);
        clock.set(Instant.parse("2026-12-01T08:10:00Z"));
        remindOffers.remindDue(100);
        assertThat(job("job-ord-n8").notices()).extracting(MemberNotice::kind).last()
                .isEqualTo(MemberNotice.Kind.OFFER_REMINDER);
    }

    @Test
    void twoRelaysRoundingAtOnceSendEachNoticeOnce() {
        notificationService.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(202).withFixedDelay(100)));
        List<String> ids = List.of("ord-n12a", "ord-n12b", "ord-n12c");
        ids.forEach(id -> dispatch(id, "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-19"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> relays = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return notices.relayDue(100);
        })).toList();
        relays.forEach(CompletableFuture::join);
        notices.relayDue(100);
        for (String id : ids) {
            assertThat(received("job-" + id)).as(id).hasSize(1);
            assertThat(job("job-" + id).undeliveredNotices()).isEmpty();
        }
    }

    @Test
    void aNoticeIsSentAgainAfterA503AndNeverAgainOnceTaken() {
        notificationService.stubFor(post(urlEqualTo(EVENTS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.eventId", equalTo("job-ord-n9:n:1")))
                .willReturn(aResponse().withStatus(503)));
        dispatch("ord-n9", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-16");
        relay("job-ord-n9");
        MemberNotice failed = job("job-ord-n9").undeliveredNotices().get(0);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("HTTP 503");
        relay("job-ord-n9");
        assertThat(received("job-ord-n9")).as("not before its backoff").hasSize(1);

        notificationService.resetAll();
        notificationService.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
        clock.advance(Duration.ofSeconds(10));
        relay("job-ord-n9");
        assertThat(job("job-ord-n9").undeliveredNotices()).isEmpty();
        clock.advance(Duration.ofHours(1));
        relay("job-ord-n9");
        notices.relayDue(100);
        notificationService.verify(1, postRequestedFor(urlEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.eventId", equalTo("job-ord-n9:n:1"))));
    }

    @Test
    void aNoticeRefusedAsInvalidIsSetAsideReportedAndNotSentAgainWhileTheNextGoesOn() {
        notificationService.stubFor(post(urlEqualTo(EVENTS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.eventId", equalTo("job-ord-n10:n:1")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"detail\":\"kind inconnu\"}")));
        dispatch("ord-n10", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-17");
        internalPost("/internal/dispatches/ord-n10/cancel", "{\"by\":\"CUSTOMER\"}", 200);
        relay("job-ord-n10");
        clock.advance(Duration.ofHours(1));
        relay("job-ord-n10");

        notificationService.verify(1, postRequestedFor(urlEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.eventId", equalTo("job-ord-n10:n:1"))));
        assertThat(received("job-ord-n10")).extracting(b -> read(b, "$.kind"))
                .containsExactly("OFFER_NEW", "OFFER_WITHDRAWN");
        MemberNotice refused = job("job-ord-n10").notices().get(0);
        assertThat(refused.refusedAt()).isNotNull();
        assertThat(refused.lastError()).contains("400", "kind inconnu");

        client.get().uri("/internal/attention").headers(Api.internal()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.stuckMessages[?(@.owner == 'job-ord-n10')].destination").isEqualTo(List.of("notification-service"))
                .jsonPath("$.stuckMessages[?(@.owner == 'job-ord-n10')].kind").isEqualTo(List.of("OFFER_NEW"))
                .jsonPath("$.stuckMessages[?(@.owner == 'job-ord-n10')].since").isEqualTo(List.of("2026-12-01T08:00:00Z"))
                .jsonPath("$.stuckMessages[?(@.owner == 'job-ord-n10')].lastError")
                .value(e -> assertThat(e.toString()).contains("kind inconnu"));
        client.get().uri("/api/jobs?stuck=true").headers(coordinator()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content[?(@.id == 'job-ord-n10')].delivery.destination").isEqualTo(List.of("notification-service"))
                .jsonPath("$.content[?(@.id == 'job-ord-n10')].delivery.eventId").isEqualTo(List.of("job-ord-n10:n:1"));
        client.get().uri("/internal/attention").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theOutcomesToOrderServiceNeverWaitForNotificationService() {
        notificationService.resetAll();
        notificationService.stubFor(post(urlEqualTo(EVENTS)).willReturn(aResponse().withStatus(503).withFixedDelay(800)));
        dispatch("ord-n11", "svc-reparation-velo", "SMALL_REPAIRS", "38563", "2026-12-18");
        client.post().uri("/api/jobs/job-ord-n11/accept").headers(staffOf(BIKE_WORKSHOP)).exchange().expectStatus().isOk();

        // the acceptance (the offer itself went back in the dispatch's answer)
        orderService.verify(1, postRequestedFor(urlEqualTo("/internal/orders/ord-n11/job-events")));
        assertThat(job("job-ord-n11").undelivered()).isEmpty();
        assertThat(received("job-ord-n11")).as("notices leave on their own pass, not in the request").isEmpty();

        relay("job-ord-n11");
        assertThat(job("job-ord-n11").undeliveredNotices()).singleElement()
                .satisfies(n -> assertThat(n.attempts()).isEqualTo(1));
    }
}
