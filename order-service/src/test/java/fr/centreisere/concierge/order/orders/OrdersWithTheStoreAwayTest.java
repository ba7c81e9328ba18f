package fr.centreisere.concierge.order.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.centreisere.concierge.testsupport.MutableClock;
import fr.centreisere.concierge.testsupport.WithoutMongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The store away, for real (issue 12): a wire-protocol server this test stops and starts again with
 * the same data. While it is away, placing an order and listing orders answer a 503 problem with
 * Retry-After within 5 s and nothing is stored; once it is back, the same request with the same
 * Idempotency-Key places the order once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithoutMongoServer
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class OrdersWithTheStoreAwayTest {

    /** The data outlives the server: the store comes back with what it held, as the embedded one does from its file. */
    static final MemoryBackend data = new MemoryBackend() {
        @Override
        public void close() {
        }
    };
    static MongoServer store = new MongoServer(data);
    static final int port;

    static {
        port = store.bind().getPort();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + port);
    }

    @AfterAll
    static void stop() {
        store.shutdownNow();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(OrderFixtures.NOW, Slot.TERRITORY_ZONE);
        }
    }

    @Autowired
    MockMvc mvc;

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @InjectWireMock("provider")
    WireMockServer providerService;

    @Test
    void anOrderAnswered503IsNotStoredAndTheSameKeyPlacesItOnceTheStoreIsBack() throws Exception {
        catalogService.stubFor(WireMock.get(urlPathEqualTo("/internal/services/svc-reparation-velo/offer"))
                .willReturn(okJson(OrderJourneyTest.OFFER)));
        providerService.stubFor(WireMock.post(urlPathEqualTo("/internal/dispatches")).willReturn(okJson("""
                {"jobId":"job-1","state":"OFFERED","memberId":"mbr-atelier-velo-voironnais"}""")));
        mvc.perform(place("before")).andExpect(status().isCreated());

        store.shutdownNow();
        try {
            within5Seconds(() -> mvc.perform(place("during")).andExpect(status().isServiceUnavailable()));
            within5Seconds(() -> mvc.perform(get("/api/orders").with(OrderJourneyTest.resident()))
                    .andExpect(status().isServiceUnavailable()));
        } finally {
            store = new MongoServer(data);
            store.bind("127.0.0.1", port);
        }

        mvc.perform(get("/api/orders").with(OrderJourneyTest.resident()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1));
        String id = JsonPath.read(mvc.perform(place("during")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(place("during")).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/orders").with(OrderJourneyTest.resident())).andExpect(jsonPath("$.totalElements").value(2));
    }

    private static void within5Seconds(Callable<ResultActions> call) throws Exception {
        Instant start = Instant.now();
        call.call()
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/service-unavailable"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    private static MockHttpServletRequestBuilder place(String key) {
        return post("/api/orders").with(OrderJourneyTest.resident()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJourneyTest.BODY);
    }
}
