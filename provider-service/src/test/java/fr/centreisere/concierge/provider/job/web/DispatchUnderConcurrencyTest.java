package fr.centreisere.concierge.provider.job.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.provider.job.Contender;
import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.FairRotation;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.PlaceKey;
import fr.centreisere.concierge.provider.job.Places;
import fr.centreisere.concierge.provider.job.RepairPlaces;
import fr.centreisere.concierge.provider.job.RotationLedger;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.UnassignedReason;
import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.provider.member.StructureType;
import fr.centreisere.concierge.provider.support.Api;
import fr.centreisere.concierge.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The dispatch under real conditions, against the real store through the driver and real HTTP: four
 * members able to do one service in Voiron, with daily capacities 2, 3, 4 and 6 (15 places a day).
 * Dispatches arrive at the same moment on Tomcat's threads; places, shares and availability must hold.
 * Each test uses its own category (its own rotation account) and its own days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "provider.schedules.enabled=false")
@Import({MutableClock.Config.class, Api.Keys.class})
@EnableWireMock(@ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.order-service.url"))
class DispatchUnderConcurrencyTest {

    private static final String SERVICE = "svc-essai-concurrence";
    private static final String VOIRON = "38563";
    private static final Map<String, Integer> CAPACITIES = Map.of(
            "mbr-essai-deux", 2, "mbr-essai-trois", 3, "mbr-essai-quatre", 4, "mbr-essai-six", 6);

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    MutableClock clock;

    @Autowired
    ExpireOffers expireOffers;

    @Autowired
    RepairPlaces repairPlaces;

    @Autowired
    Places places;

    @Autowired
    Jobs jobs;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void fourMembersInVoiron() {
        orderService.stubFor(post(urlPathMatching("/internal/orders/.*/job-events")).willReturn(aResponse().withStatus(204)));
        CAPACITIES.forEach((id, capacity) -> {
            Member member = Member.register(id, new Member.Profile("Essai " + id, null, StructureType.ACI, null, null,
                    VOIRON), true, Map.of("ESSAI_PONDERE", CAPACITIES.get(id) >= 4 ? 2 : 1), clock.instant().minusSeconds(86_400));
            if (members.insertIfAbsent(member)) {
                Member stored = members.get(id);
                stored.replaceCapabilities(List.of(new Capability(SERVICE, Set.of(VOIRON), capacity)));
                members.update(stored);
            }
        });
    }

    @Test
    void twentySimultaneousDispatchesForOneDayFillTheFifteenPlacesAndLeaveFiveUnassignedDayFull() throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 11);
        List<String> answers = concurrently(20, i -> dispatch("ord-vingt-" + i, "ESSAI_VINGT", day));

        Map<String, Integer> offered = new HashMap<>();
        int unassigned = 0;
        for (String answer : answers) {
            String state = JsonPath.read(answer, "$.state");
            if (state.equals("OFFERED")) {
                offered.merge(JsonPath.read(answer, "$.memberId"), 1, Integer::sum);
            } else {
                assertThat(state).isEqualTo("UNASSIGNED");
                assertThat(JsonPath.<String>read(answer, "$.unassignedReason")).isEqualTo("DAY_FULL");
                unassigned++;
            }
        }
        assertThat(offered.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(15);
        assertThat(unassigned).isEqualTo(5);
        CAPACITIES.forEach((member, capacity) -> assertThat(offered.getOrDefault(member, 0))
                .as("jobs offered to %s (capacity %d)", member, capacity).isLessThanOrEqualTo(capacity));
        assertThat(freePlaces(day)).isZero();
    }

    @Test
    void wavesOfFiveSimultaneousOrdersKeepEveryMemberWithinOneJobOfItsWeightedTarget() throws Exception {
        // weights 1, 1, 2, 2 (set by coordinators), capacities well above what a wave can take of one member
        for (int wave = 0; wave < 8; wave++) {
            LocalDate day = LocalDate.of(2027, 2, 1).plusDays(wave);
            int w = wave;
            concurrently(5, i -> dispatch("ord-vague-" + w + "-" + i, "ESSAI_PONDERE", day));
            Map<String, Object> month = rotation("ESSAI_PONDERE");
            List<Map<String, Object>> rows = JsonPath.read(month, "$.members");
            assertThat(rows).hasSize(4);
            for (Map<String, Object> row : rows) {
                double deviation = ((Number) row.get("deviation")).doubleValue();
                assertThat(Math.abs(deviation)).as("deviation of %s after wave %d", row.get("memberId"), wave)
                        .isLessThanOrEqualTo(1.0 + 1e-9);
            }
            assertThat(JsonPath.<Integer>read(month, "$.dispatched")).isEqualTo(5 * (wave + 1));
        }
    }

    @Test
    void availabilityIsCapacityLessThePlacesHeldThroughDeclinesExpiriesAndCancellations() throws Exception {
        LocalDate day = LocalDate.of(2027, 3, 1);
        assertThat(freePlaces(day)).isEqualTo(15);
        String first = dispatch("ord-dispo-1", "ESSAI_DISPO", day);
        dispatch("ord-dispo-2", "ESSAI_DISPO", day);
        String third = dispatch("ord-dispo-3", "ESSAI_DISPO", day);
        assertThat(freePlaces(day)).isEqualTo(12);

        // a decline moves the place to the next member: still 12 free
        String firstMember = JsonPath.read(first, "$.memberId");
        String declined = send("POST", "/api/jobs/job-ord-dispo-1/decline", Api.token("usr-staff", firstMember, "MEMBER_STAFF"),
                "{\"reason\":\"complet\"}");
        assertThat(JsonPath.<String>read(declined, "$.state")).isEqualTo("OFFERED");
        assertThat(JsonPath.<String>read(declined, "$.memberId")).isNotEqualTo(firstMember);
        assertThat(freePlaces(day)).isEqualTo(12);

        // an expiry too
        clock.advance(Duration.ofHours(3));
        try {
            assertThat(expireOffers.expireDue(100)).isGreaterThanOrEqualTo(3);
        } finally {
            clock.advance(Duration.ofHours(-3));
        }
        assertThat(freePlaces(day)).isEqualTo(12);

        // a cancellation gives its place back
        send("POST", "/internal/dispatches/ord-dispo-3/cancel", null, "{\"reason\":\"client\"}");
        assertThat(JsonPath.<String>read(third, "$.state")).isEqualTo("OFFERED");
        assertThat(freePlaces(day)).isEqualTo(13);
    }

    @Test
    void aMemberDecliningEverythingIsNotFloodedWhenItAnswersAgainAndRefusedWorkIsSharedByWeight() throws Exception {
        String decliner = "mbr-essai-six";
        Map<String, Integer> tookRefusedWork = new HashMap<>();
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            LocalDate day = LocalDate.of(2027, 4, 1).plusDays(i % 20);
            String answer = dispatch("ord-refus-" + i, "ESSAI_REFUS", day);
            if (decliner.equals(JsonPath.read(answer, "$.memberId"))) {
                String next = send("POST", "/api/jobs/job-ord-refus-" + i + "/decline",
                        Api.token("usr-staff", decliner, "MEMBER_STAFF"), "{\"reason\":\"fermé\"}");
                tookRefusedWork.merge(JsonPath.read(next, "$.memberId"), 1, Integer::sum);
                refused++;
            }
        }
        // it is offered its turn and no more than its turn while it refuses: about a quarter, not every job
        assertThat(refused).isBetween(9, 11);
        // refused work goes to the three others by equal weight
        int third = refused / 3;
        assertThat(tookRefusedWork.values()).allSatisfy(n -> assertThat(n).isBetween(third - 1, third + 2));

        // it answers again: the next 20 jobs give it its share (5 of 20, equal weights), not a flood
        int got = 0;
        for (int i = 0; i < 20; i++) {
            String answer = dispatch("ord-retour-" + i, "ESSAI_REFUS", LocalDate.of(2027, 5, 1).plusDays(i));
            got += decliner.equals(JsonPath.read(answer, "$.memberId")) ? 1 : 0;
        }
        assertThat(got).isBetween(4, 6);
    }

    @Test
    void staffRaisingTheirCapacityDoNotRaiseTheirShare() throws Exception {
        String staff = Api.token("usr-staff", "mbr-essai-deux", "MEMBER_STAFF");
        String answer = send("PUT", "/api/members/mbr-essai-deux/capabilities", staff,
                "[{\"serviceId\":\"%s\",\"communes\":[\"%s\"],\"dailyCapacity\":100}]".formatted(SERVICE, VOIRON));
        assertThat(answer).contains("100");
        try {
            int got = 0;
            for (int i = 0; i < 20; i++) {
                String dispatched = dispatch("ord-part-" + i, "ESSAI_PART", LocalDate.of(2027, 6, 1).plusDays(i));
                got += "mbr-essai-deux".equals(JsonPath.read(dispatched, "$.memberId")) ? 1 : 0;
            }
            assertThat(got).as("jobs of 20 for the member whose staff set capacity 100 (equal weights: 5)").isBetween(4, 6);
            Map<String, Object> month = rotation("ESSAI_PART");
            assertThat(JsonPath.<List<Integer>>read(month, "$.members[?(@.memberId == 'mbr-essai-deux')].weight"))
                    .containsExactly(1);
            // and the weight itself is the coordinators' to set
            assertThat(status("PUT", "/api/members/mbr-essai-deux", staff,
                    "{\"name\":\"Essai\",\"structureType\":\"ACI\",\"active\":true,\"categoryWeights\":{\"ESSAI_PART\":50}}"))
                    .isEqualTo(403);
        } finally {
            Member member = members.get("mbr-essai-deux");
            member.replaceCapabilities(List.of(new Capability(SERVICE, Set.of(VOIRON), 2)));
            members.update(member);
        }
    }

    @Test
    void jobsStoredBeforePlacesExistedTakeTheirPlacesOnceAndASweepGivesBackPlacesHeldByNoJob() throws Exception {
        LocalDate day = LocalDate.of(2027, 8, 2);
        // a job written by the version before places: offered to the member of capacity 2, no place taken
        OrderRef order = new OrderRef("ord-avant", "CI-AVANT", SERVICE, "ESSAI_AVANT", VOIRON,
                new Slot(day, LocalTime.of(9, 0), LocalTime.of(10, 0)), 1, Money.ofCents(100), Money.ofCents(8));
        jobs.insert(Job.dispatch(order, FairRotation.decide(RotationLedger.empty("ESSAI_AVANT", YearMonth.of(2027, 8)),
                List.of(new Contender("mbr-essai-deux", 1, clock.instant().minusSeconds(86_400))), clock.instant()),
                clock.instant(), clock.instant().plusSeconds(7200), UnassignedReason.NOT_COVERED));
        assertThat(freePlaces(day)).isEqualTo(15);
        // as on an installation upgraded with its data: the backfill has not run there yet
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is("backfill-of-jobs-stored-before-places")),
                "places");
        assertThat(repairPlaces.backfill()).isPositive();
        assertThat(freePlaces(day)).isEqualTo(14);
        assertThat(repairPlaces.backfill()).as("once per installation").isZero();

        // a place left behind by a crash between two writes: held by a job that does not hold it
        places.take(new PlaceKey("mbr-essai-six", SERVICE, day), "job-ord-jamais-ecrit", 6);
        assertThat(freePlaces(day)).isEqualTo(13);
        repairPlaces.sweep(1_000);
        assertThat(freePlaces(day)).as("not on the first look: a turn may be in flight").isEqualTo(13);
        repairPlaces.sweep(1_000);
        assertThat(freePlaces(day)).isEqualTo(14);
    }

    @Test
    void wrongParametersOfTheNewEndpointsAreProblemsNotServerErrors() throws Exception {
        String coordinator = Api.token("usr-demo-coordinator", null, "COORDINATOR");
        for (String path : List.of(
                "/api/availability?serviceId=%s&commune=%s&days=99".formatted(SERVICE, VOIRON),
                "/api/availability?serviceId=%s&commune=%s&days=0".formatted(SERVICE, VOIRON),
                "/api/availability?serviceId=%s&commune=%s&from=demain".formatted(SERVICE, VOIRON),
                "/api/availability?serviceId=..&commune=%s".formatted(VOIRON),
                "/api/availability?serviceId=%s&commune=lyon".formatted(SERVICE),
                "/api/availability?commune=%s".formatted(VOIRON),
                "/api/rotation/BIKE_RENTAL/2026-13",
                "/api/rotation/velo/2026-12",
                "/internal/dispatches/ord-x/fit?memberId=%0Aevil")) {
            HttpResponse<String> answer = exchange("GET", path, coordinator, null);
            assertThat(answer.statusCode()).as("%s → %s", path, answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        }
        HttpResponse<String> bad = exchange("POST", "/internal/dispatches", null, """
                {"orderId":"ord-secondes","orderNumber":"CI-1","serviceId":"%s","category":"ESSAI","communeInsee":"%s",
                 "slot":{"date":"2027-07-01","from":"10:00:30","to":"12:00"},"quantity":1,"subtotalCents":1,"commissionCents":0}
                """.formatted(SERVICE, VOIRON));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        HttpResponse<String> quarter = exchange("POST", "/internal/dispatches", null, """
                {"orderId":"ord-quart","orderNumber":"CI-2","serviceId":"%s","category":"ESSAI","communeInsee":"%s",
                 "slot":{"date":"2027-07-01","from":"10:07","to":"12:00"},"quantity":1,"subtotalCents":1,"commissionCents":0}
                """.formatted(SERVICE, VOIRON));
        assertThat(quarter.statusCode()).as(quarter.body()).isEqualTo(400);
        assertThat(freePlaces(LocalDate.of(2027, 7, 1))).as("nothing was taken").isEqualTo(15);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private interface Indexed<T> {
        T call(int i) throws Exception;
    }

    private static <T> List<T> concurrently(int n, Indexed<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> task.call(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private String dispatch(String orderId, String category, LocalDate day) throws Exception {
        return send("POST", "/internal/dispatches", null, """
                {"orderId":"%s","orderNumber":"CI-%s","serviceId":"%s","category":"%s","communeInsee":"%s",
                 "slot":{"date":"%s","from":"14:00","to":"16:00"},"quantity":1,"subtotalCents":4500,"commissionCents":360}
                """.formatted(orderId, orderId, SERVICE, category, VOIRON, day));
    }

    private int freePlaces(LocalDate day) throws Exception {
        String answer = send("GET", "/api/availability?serviceId=%s&commune=%s&from=%s&days=1".formatted(SERVICE, VOIRON, day),
                null, null);
        return JsonPath.read(answer, "$.days[0].freePlaces");
    }

    private Map<String, Object> rotation(String category) throws Exception {
        YearMonth month = RotationLedger.monthOf(clock.instant());
        return JsonPath.read(send("GET", "/api/rotation/%s/%s".formatted(category, month),
                Api.token("usr-demo-coordinator", null, "COORDINATOR"), null), "$");
    }

    private String send(String method, String path, String bearer, String body) throws Exception {
        HttpResponse<String> response = exchange(method, path, bearer, body);
        assertThat(response.statusCode()).as("%s %s → %s", method, path, response.body()).isEqualTo(200);
        return response.body();
    }

    private int status(String method, String path, String bearer, String body) throws Exception {
        return exchange(method, path, bearer, body).statusCode();
    }

    private HttpResponse<String> exchange(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (path.startsWith("/internal/")) {
            request.header("X-Internal-Token", Api.INTERNAL_TOKEN);
        } else if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
