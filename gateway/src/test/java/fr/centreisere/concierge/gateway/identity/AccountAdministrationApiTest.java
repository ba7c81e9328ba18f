package fr.centreisere.concierge.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/** Coordinators list, deactivate and reactivate accounts (docs/API.md « Auth », docs/SECURITY.md « Deactivation »). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("demo")
@EnableWireMock({
        @ConfigureWireMock(name = "provider-service", baseUrlProperties = "concierge.bindings.provider-url"),
        @ConfigureWireMock(name = "order-service", baseUrlProperties = "concierge.bindings.order-url") })
class AccountAdministrationApiTest {

    static final String DEMO_PASSWORD = "demo-concierge-2026";
    static final String PASSWORD = "un-mot-de-passe-solide";

    @InjectWireMock("provider-service")
    WireMockServer providerService;

    @InjectWireMock("order-service")
    WireMockServer orderService;

    @Autowired
    WebTestClient client;

    @BeforeEach
    void theOwnersKnowTheDemoMemberAndCompany() {
        providerService.resetAll();
        orderService.resetAll();
        providerService.stubFor(WireMock.get("/internal/members/mbr-atelier-velo-voironnais")
                .willReturn(WireMock.okJson("{\"id\":\"mbr-atelier-velo-voironnais\",\"active\":true}")));
        orderService.stubFor(WireMock.get("/internal/companies/cmp-demo-alpes-numerique")
                .willReturn(WireMock.okJson("{\"id\":\"cmp-demo-alpes-numerique\"}")));
    }

    @Test
    void onlyCoordinatorsListDeactivateAndReactivate() {
        client.get().uri("/api/auth/accounts").exchange().expectStatus().isUnauthorized();
        for (String who : List.of("resident@demo.test", "member-staff@demo.test", "company-admin@demo.test")) {
            String bearer = bearer(who, DEMO_PASSWORD);
            client.get().uri("/api/auth/accounts").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                    .expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            client.post().uri("/api/auth/accounts/usr-demo-resident/deactivate").header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange().expectStatus().isForbidden();
            client.post().uri("/api/auth/accounts/usr-demo-resident/reactivate").header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange().expectStatus().isForbidden();
        }
        login("resident@demo.test", DEMO_PASSWORD).expectStatus().isOk();
    }

    @Test
    void theListIsFilteredByRoleMemberAndCompanyAndPaged() {
        String coordinator = bearer("coordinator@demo.test", DEMO_PASSWORD);
        String staffEmail = createStaff(coordinator, "MEMBER_STAFF", "memberId", "mbr-atelier-velo-voironnais");
        String adminEmail = createStaff(coordinator, "COMPANY_ADMIN", "companyId", "cmp-demo-alpes-numerique");

        Map<?, ?> staff = list(coordinator, "?role=MEMBER_STAFF&memberId=mbr-atelier-velo-voironnais&size=100");
        List<Map<String, Object>> staffAccounts = content(staff);
        assertThat(staffAccounts).extracting(a -> (Object) a.get("email")).contains(staffEmail).doesNotContain(adminEmail);
        assertThat(staffAccounts).allSatisfy(a -> {
            assertThat(a.get("roles")).isEqualTo(List.of("MEMBER_STAFF"));
            assertThat(a.get("memberId")).isEqualTo("mbr-atelier-velo-voironnais");
            assertThat(a.get("active")).isEqualTo(true);
            assertThat(a).doesNotContainKey("passwordHash");
        });
        assertThat(((Number) staff.get("totalElements")).intValue()).isEqualTo(staffAccounts.size());

        List<Map<String, Object>> admins = content(list(coordinator, "?companyId=cmp-demo-alpes-numerique&size=100"));
        assertThat(admins).extracting(a -> (Object) a.get("email")).contains(adminEmail).doesNotContain(staffEmail);

        Map<?, ?> all = list(coordinator, "?size=2&page=0");
        assertThat(content(all)).hasSize(2);
        assertThat(((Number) all.get("totalElements")).intValue()).isGreaterThanOrEqualTo(6);
        Map<?, ?> second = list(coordinator, "?size=2&page=1");
        assertThat(content(second)).extracting(a -> (Object) a.get("userId"))
                .doesNotContainAnyElementsOf(content(all).stream().map(a -> (Object) a.get("userId")).toList());
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        String coordinator = bearer("coordinator@demo.test", DEMO_PASSWORD);
        for (String[] bad : List.of(new String[] { "?role=KING", "role" }, new String[] { "?memberId=atelier", "memberId" },
                new String[] { "?companyId=x", "companyId" }, new String[] { "?size=0", "size" },
                new String[] { "?size=101", "size" }, new String[] { "?page=-1", "page" }, new String[] { "?page=un", "page" })) {
            client.get().uri("/api/auth/accounts" + bad[0]).header(HttpHeaders.AUTHORIZATION, coordinator).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(bad[1]);
        }
        client.post().uri("/api/auth/accounts/pas-un-id/deactivate").header(HttpHeaders.AUTHORIZATION, coordinator).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("userId");
        client.post().uri("/api/auth/accounts/usr-personne/deactivate").header(HttpHeaders.AUTHORIZATION, coordinator).exchange()
                .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/api/auth/accounts/usr-personne/reactivate").header(HttpHeaders.AUTHORIZATION, coordinator).exchange()
                .expectStatus().isNotFound();
        client.post().uri("/api/auth/accounts/usr-demo-coordinator/deactivate").header(HttpHeaders.AUTHORIZATION, coordinator)
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/conflict");
    }

    @Test
    void aDeactivatedAccountCannotLogInAndItsTokensStopWorking() throws InterruptedException {
        String coordinator = bearer("coordinator@demo.test", DEMO_PASSWORD);
        String email = createStaff(coordinator, "MEMBER_STAFF", "memberId", "mbr-atelier-velo-voironnais");
        String oldToken = bearer(email, PASSWORD);
        String userId = (String) me(oldToken).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("userId");

        client.post().uri("/api/auth/accounts/{id}/deactivate", userId).header(HttpHeaders.AUTHORIZATION, coordinator).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.userId").isEqualTo(userId);
        me(oldToken).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // through a route to a service as well: refused at the edge
        client.get().uri("/api/jobs").header(HttpHeaders.AUTHORIZATION, oldToken).exchange().expectStatus().isUnauthorized();
        // the right password answers exactly as a wrong one
        login(email, PASSWORD).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://concierge.centre-isere.fr/problems/bad-credentials");
        assertThat(content(list(coordinator, "?memberId=mbr-atelier-velo-voironnais&size=100")))
                .filteredOn(a -> userId.equals(a.get("userId"))).extracting(a -> (Object) a.get("active")).containsExactly(false);

        // tokens carry whole seconds: the reactivation comes in a later second than the old token
        Thread.sleep(1100);
        client.post().uri("/api/auth/accounts/{id}/reactivate", userId).header(HttpHeaders.AUTHORIZATION, coordinator).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(true);
        String newToken = bearer(email, PASSWORD);
        me(newToken).expectStatus().isOk();
        // the token issued before the deactivation stays refused
        me(oldToken).expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec me(String bearer) {
        return client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private String createStaff(String coordinator, String role, String bindingField, String binding) {
        String email = UUID.randomUUID().toString().substring(0, 8) + ".equipe@atelier.fr";
        client.post().uri("/api/auth/accounts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "displayName", "Équipière", "role", role,
                        bindingField, binding))
                .header(HttpHeaders.AUTHORIZATION, coordinator).exchange().expectStatus().isCreated();
        return email;
    }

    private Map<?, ?> list(String coordinator, String query) {
        return client.get().uri("/api/auth/accounts" + query).header(HttpHeaders.AUTHORIZATION, coordinator).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> content(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("content");
    }

    private WebTestClient.ResponseSpec login(String email, String password) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }

    private String bearer(String email, String password) {
        return "Bearer " + login(email, password).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("accessToken");
    }
}
