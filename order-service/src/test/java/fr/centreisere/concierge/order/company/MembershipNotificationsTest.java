package fr.centreisere.concierge.order.company;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import fr.centreisere.concierge.order.orders.OrderFixtures;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import fr.centreisere.concierge.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * The company memberships' notification events (issue 13): an employee asks to join → the company's
 * admins are told; the admin approves or revokes → the employee is told. Each is written in the
 * membership's own outbox with the change, and posted once to notification-service (WireMock).
 */
@SpringBootTest(properties = { "concierge.orders.outbox.jitter=0", "concierge.orders.outbox.first-retry=2s" })
@AutoConfigureMockMvc
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url"),
        @ConfigureWireMock(name = "notification", baseUrlProperties = "concierge.clients.notification-url") })
class MembershipNotificationsTest {

    static final String EVENTS = "/internal/notifications/events";
    static final String MEMBERSHIP = CompanyJourneyTest.COMPANY_ID + "|usr-emp";

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

    @Autowired
    MutableClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("membershipNotifications")
    OutboxRelay notifications;

    @InjectWireMock("notification")
    WireMockServer notificationService;

    @BeforeEach
    void freshWorld() throws Exception {
        clock.set(OrderFixtures.NOW);
        for (String collection : List.of("companies", "company_employees")) {
            mongo.remove(new Query(), collection);
        }
        notificationService.resetAll();
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
        mvc.perform(post("/api/companies").with(CompanyJourneyTest.coordinator())
                .contentType(MediaType.APPLICATION_JSON).content(CompanyJourneyTest.COMPANY))
                .andExpect(status().isCreated());
    }

    @Test
    void aJoinRequestIsToldToTheCompanysAdminsOnceEvenWhenAskedTwice() throws Exception {
        mvc.perform(post("/api/companies/mine/join").with(CompanyJourneyTest.employee())).andExpect(status().isOk());
        mvc.perform(post("/api/companies/mine/join").with(CompanyJourneyTest.employee())).andExpect(status().isOk());

        assertThat(notifications.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(notifications.deliverDue()).isZero();

        notificationService.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withHeader("X-Internal-Token", equalTo(CompanyJourneyTest.TOKEN))
                .withRequestBody(equalToJson("""
                        {"eventId":"%s:n:1","kind":"EMPLOYEE_JOIN_REQUEST","occurredAt":"%s",
                         "to":{"companyAdminsOf":"%s"},"link":"/#/entreprise/admin",
                         "data":{"companyName":"Alpes Numérique","employeeName":"Emma Employée",
                                 "employeeEmail":"emp@alpes-numerique.fr","employeeId":"usr-emp"}}
                        """.formatted(MEMBERSHIP, OrderFixtures.NOW, CompanyJourneyTest.COMPANY_ID))));
    }

    @Test
    void approvedThenRevokedTheEmployeeIsToldEachInTurnAndA503IsRetried() throws Exception {
        mvc.perform(post("/api/companies/mine/join").with(CompanyJourneyTest.employee())).andExpect(status().isOk());
        notifications.deliverDue();
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(serviceUnavailable()));
        String employee = "/api/companies/" + CompanyJourneyTest.COMPANY_ID + "/employees/usr-emp/";
        mvc.perform(post(employee + "approve").with(CompanyJourneyTest.admin())).andExpect(status().isOk());
        mvc.perform(post(employee + "revoke").with(CompanyJourneyTest.admin())).andExpect(status().isOk());

        assertThat(notifications.deliverDue()).isZero();
        notificationService.stubFor(WireMock.post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(202)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(notifications.deliverDue()).isEqualTo(2);

        List<String> bodies = notificationService.findAll(postRequestedFor(urlPathEqualTo(EVENTS))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies).extracting(body -> JsonPath.<String>read(body, "$.kind"))
                .containsExactly("EMPLOYEE_JOIN_REQUEST", "EMPLOYEE_APPROVED", "EMPLOYEE_APPROVED", "EMPLOYEE_REVOKED");
        assertThat(bodies.get(3)).satisfies(revoked -> {
            assertThat(JsonPath.<String>read(revoked, "$.eventId")).isEqualTo(MEMBERSHIP + ":n:3");
            assertThat(JsonPath.<List<String>>read(revoked, "$.to.userIds")).containsExactly("usr-emp");
            assertThat(JsonPath.<String>read(revoked, "$.data.companyName")).isEqualTo("Alpes Numérique");
            assertThat(JsonPath.<String>read(revoked, "$.link")).isEqualTo("/#/entreprise");
        });
    }
}
