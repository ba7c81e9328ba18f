package fr.centreisere.concierge.provider.impact;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.centreisere.concierge.provider.support.Api.coordinator;
import static fr.centreisere.concierge.provider.support.Api.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Jobs_;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.member.Coverage;
import fr.centreisere.concierge.provider.member.Territory;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The coordinators' reports of provider-service (issue 14): the jobs' report over two thousand stored jobs
 * counts what {@code GET /api/jobs} counts for the same filters, with the reports' hours; the coverage gaps
 * name, for each service of the catalog (WireMock), the communes no active member does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@org.springframework.context.annotation.Import(fr.centreisere.concierge.provider.support.Api.Keys.class)
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.catalog.url"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {

    static final int JOBS = 2_000;
    static final List<String> COMMUNES = List.of("38563", "38565", "38416", "38559");
    static final List<JobState> STATES = List.of(JobState.OFFERED, JobState.ACCEPTED, JobState.DONE, JobState.DONE,
            JobState.CANCELLED, JobState.UNASSIGNED, JobState.IN_PROGRESS);

    @Autowired
    RestTestClient client;

    @Autowired
    Jobs jobs;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Coverage coverage;

    @Autowired
    CircuitBreakerRegistry breakers;

    @InjectWireMock("catalog")
    WireMockServer catalog;

    final List<Job> stored = new ArrayList<>();

    @BeforeAll
    void manyJobs() {
        mongo.remove(new Query(), "jobs");
        for (int i = 0; i < JOBS; i++) {
            LocalDate day = LocalDate.of(2026, 11, 20).plusDays(i % 50);
            OrderRef order = new OrderRef("ord-j" + i, "CI-" + i, "svc-reparation-velo", "SMALL_REPAIRS",
                    COMMUNES.get(i % COMMUNES.size()), new Slot(day, LocalTime.of(9, 0), LocalTime.of(11, 0)), 1,
                    Money.ofCents(4500), Money.ofCents(360));
            String member = "mbr-" + (char) ('a' + i % 3);
            Job job = Jobs_.dispatch(order, Jobs_.rotation(Jobs_.T0, member), Jobs_.T0, Jobs_.T0.plusSeconds(3600));
            Instant t = Jobs_.T0.plusSeconds(60);
            switch (STATES.get(i % STATES.size())) {
                case ACCEPTED -> job.accept(member, t);
                case IN_PROGRESS -> { job.accept(member, t); job.start(member, t); }
                case DONE -> { job.accept(member, t); job.start(member, t); job.complete(member, 2, i % 2 == 0 ? 1 : 0.5, null, t); }
                case CANCELLED -> job.cancel("annulée", t);
                case UNASSIGNED -> { job.decline(member, "complet", t); Jobs_.giveUp(job, t); }
                default -> { }
            }
            Job reloaded = Jobs_.reloaded(job);
            assertThat(jobs.insert(reloaded)).isTrue();
            stored.add(reloaded);
        }
    }

    @BeforeEach
    void catalogAnswers() {
        catalog.resetAll();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void theJobsReportCountsWhatTheListCountsForTheSameFilters() {
        String period = "from=2026-12-01&to=2026-12-31";
        String report = get("/api/reports/jobs?" + period);
        Predicate<Job> december = j -> j.order().slot().date().getMonthValue() == 12;
        long total = number(report, "$.total");
        assertThat(total).isEqualTo(count(december)).isGreaterThan(1_000);
        assertThat(listTotal(period)).isEqualTo(total);
        for (JobState state : JobState.values()) {
            assertThat(listTotal(period + "&state=" + state.name())).as(state.name())
                    .isEqualTo(number(report, "$.byState." + state.name()))
                    .isEqualTo(count(december.and(j -> j.state() == state)));
        }
        for (String member : List.of("mbr-a", "mbr-b", "mbr-c")) {
            assertThat(listTotal(period + "&memberId=" + member)).isEqualTo(number(report, "$.byMember." + member));
        }
        List<Job> done = stored.stream().filter(december.and(j -> j.state() == JobState.DONE)).toList();
        assertThat(number(report, "$.reported")).isEqualTo(done.size());
        assertThat(((Number) JsonPath.read(report, "$.hoursWorked")).doubleValue()).isEqualTo(2.0 * done.size());
        assertThat(((Number) JsonPath.read(report, "$.insertionHours")).doubleValue())
                .isEqualTo(done.stream().mapToDouble(j -> j.report().orElseThrow().insertionHours()).sum());
        assertThat(number(report, "$.revenueCents")).isEqualTo(4500L * done.size());

        String narrowed = "from=2026-11-25&to=2026-12-05&communeInsee=38416&state=DONE";
        assertThat(number(get("/api/reports/jobs?" + narrowed), "$.total")).isEqualTo(listTotal(narrowed))
                .isEqualTo(count(j -> !j.order().slot().date().isBefore(LocalDate.of(2026, 11, 25))
                        && !j.order().slot().date().isAfter(LocalDate.of(2026, 12, 5))
                        && j.order().communeInsee().equals("38416") && j.state() == JobState.DONE)).isPositive();
    }

    @Test
    void badFiltersAreRefusedWithAProblem() {
        for (String path : List.of("/api/reports/jobs", "/api/jobs")) {
            refused(path + "?communeInsee=Voiron", "communeInsee");
            refused(path + "?memberId=a", "memberId");
            refused(path + "?from=2026-12-10&to=2026-12-01", "to");
            refused(path + "?state=LOST", "state");
        }
        client.get().uri("/api/reports/jobs").headers(resident()).exchange().expectStatus().isForbidden();
    }

    @Test
    void eachServiceOfTheCatalogNamesTheCommunesNoActiveMemberDoes() {
        catalog.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/services")).willReturn(okJson("""
                {"content":[{"id":"svc-reparation-velo","title":{"fr":"Réparation de vélo","en":"Bike repair"},"category":"SMALL_REPAIRS"},
                            {"id":"svc-personne","title":{"fr":"Personne ne le fait","en":"Nobody does it"},"category":"ERRANDS"}],
                 "page":0,"size":100,"totalElements":2}""")));
        String gaps = get("/api/reports/coverage-gaps");
        assertThat(number(gaps, "$.communes")).isEqualTo(78);
        List<Map<String, Object>> nobody = JsonPath.read(gaps, "$.gaps[?(@.serviceId == 'svc-personne')]");
        assertThat(nobody).singleElement().satisfies(g -> {
            assertThat(g.get("missingCount")).isEqualTo(78);
            assertThat(g.get("title")).isEqualTo(Map.of("fr", "Personne ne le fait", "en", "Nobody does it"));
        });
        Set<String> bikes = coverage.now().services().stream().filter(s -> s.serviceId().equals("svc-reparation-velo"))
                .findFirst().map(Coverage.ServiceCoverage::communes).orElse(Set.of());
        List<String> missingBikes = JsonPath.read(gaps, "$.gaps[?(@.serviceId == 'svc-reparation-velo')].missing[*].inseeCode");
        assertThat(missingBikes).containsExactlyInAnyOrderElementsOf(
                Territory.COMMUNES.stream().filter(c -> !bikes.contains(c)).toList());
        List<String> names = JsonPath.read(gaps, "$.gaps[?(@.serviceId == 'svc-personne')].missing[*].name");
        assertThat(names).contains("Voiron", "Saint-Marcellin");
    }

    @Test
    void withTheCatalogDownTheGapsAre503() {
        catalog.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/services")).willReturn(serverError()));
        client.get().uri("/api/reports/coverage-gaps").headers(coordinator()).exchange().expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void refused(String path, String field) {
        client.get().uri(path).headers(coordinator()).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private String get(String path) {
        return client.get().uri(path).headers(coordinator()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private long listTotal(String filters) {
        return number(get("/api/jobs?size=1&" + filters), "$.totalElements");
    }

    private long count(Predicate<Job> which) {
        return stored.stream().filter(which).count();
    }

    private static long number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }
}
