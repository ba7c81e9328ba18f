package fr.centreisere.concierge.provider.job.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Twenty staff of the member accept the same offer at the same moment: exactly one wins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "concierge.order-service.url=http://127.0.0.1:9")
@org.springframework.context.annotation.Import(Api.Keys.class)
class ConcurrentAcceptTest {

    private static final String BIKE_WORKSHOP = "mbr-atelier-velo-voironnais";

    @LocalServerPort
    int port;

    @Autowired
    Jobs jobs;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void twentyStaffAcceptTheSameJobAndExactlyOneWins() throws Exception {
        HttpResponse<String> dispatched = http.send(request("/internal/dispatches")
                .header("Content-Type", "application/json")
                .header("X-Internal-Token", Api.INTERNAL_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(Api.dispatchBody("ord-race", "svc-reparation-velo",
                        "SMALL_REPAIRS", "38563", "2026-12-15"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dispatched.statusCode()).isEqualTo(200);
        String jobId = JsonPath.read(dispatched.body(), "$.jobId");

        int threads = 20;
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int staff = i;
            statuses.add(pool.submit(() -> {
                HttpRequest accept = request("/api/jobs/" + jobId + "/accept")
                        .header("Authorization", "Bearer " + Api.token("usr-staff-" + staff, BIKE_WORKSHOP, "MEMBER_STAFF"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
                ready.countDown();
                go.await();
                return http.send(accept, HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        ready.await();
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get());
        }
        pool.shutdown();

        Map<Integer, Long> byStatus = codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(200, 409).containsEntry(200, 1L).containsEntry(409, 19L);
        var stored = jobs.byId(jobId).orElseThrow();
        assertThat(stored.state()).isEqualTo(JobState.ACCEPTED);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.outbox()).filteredOn(e -> e.type().name().equals("ACCEPTED")).hasSize(1);
    }
}
