package fr.centreisere.concierge.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.centreisere.concierge.testsupport.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import fr.centreisere.concierge.platform.outbox.OutboxRelay;

/**
 * The whole service as it runs: web, security, MongoDB (a wire-protocol server), the templates, a
 * real SMTP server (GreenMail) and order-service / provider-service as WireMock servers. Every test
 * class extending this shares one context. The relay does not run by itself: tests call
 * {@link #deliver()} at the instants they choose, on a clock they move.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@EnableWireMock({
        @ConfigureWireMock(name = "order", baseUrlProperties = "concierge.clients.order-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
public abstract class NotificationServiceTest {

    protected static final String TOKEN = "test-internal-token-for-every-test";
    protected static final SmtpServer SMTP = SmtpServer.get();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected OutboxRelay mailRelay;

    @Autowired
    CircuitBreakerRegistry breakers;

    @InjectWireMock("order")
    protected WireMockServer orderService;

    @InjectWireMock("provider")
    protected WireMockServer providerService;

    @BeforeEach
    void freshWorld() {
        clock.set(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        for (String collection : List.of("events", "recipients", "notifications", "mails")) {
            mongo.remove(new Query(), collection);
        }
        SMTP.start();
        SMTP.purge();
        orderService.resetAll();
        providerService.resetAll();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    /** One round of the mails' relay. */
    protected int deliver() {
        return mailRelay.deliverDue();
    }

    protected List<ReceivedMail> received() {
        return SMTP.received().stream().map(ReceivedMail::of).toList();
    }

    protected ResultActions postEvent(String json) throws Exception {
        return mvc.perform(post("/internal/notifications/events").header("X-Internal-Token", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** The gateway's push of an account to the directory. */
    protected void account(String userId, String email, String name, String language, String roles, String extra)
            throws Exception {
        mvc.perform(put("/internal/recipients/" + userId).header("X-Internal-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email":"%s","displayName":"%s","roles":[%s],"emailVerified":true,"language":"%s"%s}"""
                                .formatted(email, name, roles, language, extra)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNoContent());
    }

    /** A signed-in caller, as the gateway's token describes them. */
    protected static RequestPostProcessor user(String userId, String role) {
        return jwt().jwt(token -> token.subject(userId).claim("roles", List.of(role)).claim("name", "Nom " + userId))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
