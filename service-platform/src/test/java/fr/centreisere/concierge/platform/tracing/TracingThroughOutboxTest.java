package fr.centreisere.concierge.platform.tracing;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.RequestInterceptor;
import fr.centreisere.concierge.platform.outbox.GiveUp;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.platform.outbox.OutboxLayout;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import fr.centreisere.concierge.platform.outbox.OutboxSettings;
import fr.centreisere.concierge.platform.outbox.SendResult;
import fr.centreisere.concierge.platform.security.ApiAccessRules;
import fr.centreisere.concierge.testsupport.RawHttp;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * A service's trace, with the platform and Boot's tracing (Brave, W3C), a real Feign client behind a circuit
 * breaker (whose call runs on a thread of its own) and another service stood in by WireMock: a request's
 * trace id and request id are in its log lines, also when its trace is not sampled; a message written to the
 * outbox under a trace is delivered later, by the relay on a thread with no trace, carrying a
 * {@code traceparent} of the same trace (a new span of it) and the same request id.
 */
@SpringBootTest(classes = TracingThroughOutboxTest.TestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "concierge.security.jwks-uri=http://127.0.0.1:9/jwks.json",
                "concierge.security.internal-token=a-test-internal-token-of-some-length",
                "spring.cloud.openfeign.circuitbreaker.enabled=true",
                // the breaker's time limiter (1 s by default) must not cut a first call on a loaded machine
                "resilience4j.timelimiter.configs.default.timeout-duration=30s" })
@EnableWireMock(@ConfigureWireMock(name = "receiver", baseUrlProperties = "test.receiver-url"))
@ExtendWith(OutputCaptureExtension.class)
class TracingThroughOutboxTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String PARENT = "00f067aa0ba902b7";
    static final String PINGS = "/internal/pings";

    @InjectWireMock("receiver")
    WireMockServer receiver;

    @Autowired
    Tracer tracer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PingClient pings;
    @Autowired
    Queue<String> onTheCallsThread;

    @LocalServerPort
    int port;

    OutboxRelay relay;

    @BeforeEach
    void oneReceiverAndAnEmptyStore() {
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo(PINGS)).willReturn(ok()));
        mongo.getDb().drop();
        onTheCallsThread.clear();
        relay = OutboxRelay.builder(mongo, OutboxLayout.embedded("owners", "outbox"))
                .settings(new OutboxSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30), 50,
                        Duration.ofSeconds(2), Duration.ofMinutes(5), 0, 3, 20, Duration.ofSeconds(30)))
                .destination("receiver", (owner, message) -> {
                    onTheCallsThread.add("relay " + MDC.get("traceId"));
                    pings.ping(message.payload());
                    return SendResult.delivered();
                }, GiveUp.never())
                .build();
    }

    @Test
    void aMessageWrittenUnderATraceIsDeliveredLaterWithThatTraceAndRequestId() {
        Span placing = tracer.nextSpan().name("placing request").start();
        OutboxMessage written;
        try (Tracer.SpanInScope scope = tracer.withSpan(placing)) {
            MDC.put(RequestIds.MDC_KEY, "req-42");
            written = OutboxMessage.pending("o-1-m1", "receiver", "PING", Map.of("n", 1), Instant.now());
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
            placing.end();
        }
        String traceId = placing.context().traceId();
        assertThat(written.traceparent()).startsWith("00-" + traceId + "-" + placing.context().spanId() + "-");
        assertThat(written.requestId()).isEqualTo("req-42");
        mongo.getCollection("owners").insertOne(new Document("_id", "o-1").append("outbox", OutboxBson.toBson(List.of(written))));

        // later, on a thread with no trace in scope: the relay
        assertThat(tracer.currentSpan()).isNull();
        assertThat(relay.deliver("o-1")).isEqualTo(1);

        LoggedRequest delivered = onlyPing();
        assertThat(delivered.getHeader("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
        assertThat(delivered.getHeader("traceparent").split("-")[2]).as("a span of its own")
                .isNotEqualTo(placing.context().spanId());
        assertThat(delivered.getHeader("X-Request-Id")).isEqualTo("req-42");
        assertThat(onTheCallsThread).containsExactly("relay " + traceId, "feign " + traceId + " req-42");
        assertThat(MDC.get(RequestIds.MDC_KEY)).as("the relay's thread as it was").isNull();
        assertThat(tracer.currentSpan()).isNull();
    }

    @Test
    void anUnsampledTraceKeepsItsIdInTheLogsAndItsFlagOnTheWire() {
        OutboxMessage written = OutboxMessage.pending("o-2-m1", "receiver", "PING", Map.of("n", 2), Instant.now());
        OutboxMessage underAnUnsampledTrace = new OutboxMessage(written.id(), written.destination(), written.lane(),
                written.kind(), written.payload(), written.createdAt(), 0, written.nextAttemptAt(), null, null, null,
                null, null, null, null, null, null, "00-" + TRACE_ID + "-" + PARENT + "-00", null);
        mongo.getCollection("owners").insertOne(new Document("_id", "o-2")
                .append("outbox", OutboxBson.toBson(List.of(underAnUnsampledTrace))));

        assertThat(relay.deliver("o-2")).isEqualTo(1);

        assertThat(onlyPing().getHeader("traceparent")).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-00");
        assertThat(onTheCallsThread).containsExactly("relay " + TRACE_ID, "feign " + TRACE_ID + " null");
    }

    @Test
    void aMessageStoredWithoutATraceIsDeliveredUnderANewOne() {
        mongo.getCollection("owners").insertOne(new Document("_id", "o-3").append("outbox", OutboxBson.toBson(
                List.of(OutboxMessage.pending("o-3-m1", "receiver", "PING", Map.of("n", 3), Instant.now())))));

        assertThat(relay.deliver("o-3")).isEqualTo(1);

        assertThat(onlyPing().getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(onlyPing().getHeader("X-Request-Id")).isNull();
    }

    @Test
    void aRequestsTraceIdAndRequestIdAreInItsLogLinesUnsampledToo(CapturedOutput output) {
        RawHttp.Answer answer = RawHttp.get(port, "/api/probe/trace", "traceparent: 00-" + TRACE_ID + "-" + PARENT + "-00",
                "X-Request-Id: req-7");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(TRACE_ID + " req-7");
        // the line's correlation: [traceId-spanId-requestId]
        assertThat(output.getAll()).containsPattern("\\[" + TRACE_ID + "-[0-9a-f]{16}-req-7\\] .*probing the trace");
    }

    @Test
    void aRequestIdThatIsNotPlainStaysOutOfTheLogs() {
        RawHttp.Answer answer = RawHttp.get(port, "/api/probe/trace", "X-Request-Id: <b>x</b>");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).endsWith(" null");
    }

    private LoggedRequest onlyPing() {
        List<LoggedRequest> seen = receiver.findAll(postRequestedFor(urlEqualTo(PINGS)));
        assertThat(seen).hasSize(1);
        return seen.get(0);
    }

    @FeignClient(name = "receiver", url = "${test.receiver-url}")
    interface PingClient {

        @PostMapping(PINGS)
        void ping(@RequestBody Map<String, Object> body);
    }

    @RestController
    static class ProbeController {

        @GetMapping("/api/probe/trace")
        String trace() {
            LoggerFactory.getLogger(ProbeController.class).info("probing the trace");
            return MDC.get("traceId") + " " + MDC.get(RequestIds.MDC_KEY);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableFeignClients(clients = PingClient.class)
    @Import(ProbeController.class)
    static class TestApplication {

        @Bean
        ApiAccessRules probeRules() {
            return rules -> rules.requestMatchers("/api/probe/**").permitAll();
        }

        @Bean
        Queue<String> onTheCallsThread() {
            return new ConcurrentLinkedQueue<>();
        }

        /** What the Feign call's own thread (the breaker's) sees: the trace and the request id carried over. */
        @Bean
        RequestInterceptor seenByTheCall(Queue<String> onTheCallsThread) {
            return template -> onTheCallsThread.add("feign " + MDC.get("traceId") + " " + MDC.get(RequestIds.MDC_KEY));
        }
    }
}
