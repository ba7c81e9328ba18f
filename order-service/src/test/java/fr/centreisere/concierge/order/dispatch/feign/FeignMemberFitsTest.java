package fr.centreisere.concierge.order.dispatch.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.centreisere.concierge.order.dispatch.DispatchUnavailable;
import fr.centreisere.concierge.order.dispatch.MemberFits;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/** Whether a member fits a job, asked of a WireMock provider-service: an answer, no job, an outage. */
@SpringBootTest(properties = {
        "spring.cloud.openfeign.client.config.default.read-timeout=2500",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1h" })
@EnableWireMock({
        @ConfigureWireMock(name = "catalog", baseUrlProperties = "concierge.clients.catalog-url"),
        @ConfigureWireMock(name = "provider", baseUrlProperties = "concierge.clients.provider-url") })
class FeignMemberFitsTest {

    static final String FIT = "/internal/dispatches/ord-1/fit";

    @InjectWireMock("provider")
    WireMockServer providerService;

    @Autowired
    FeignMemberFits fits;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void closeTheBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        providerService.resetAll();
        FeignDispatchesTest.warmUp(providerService);
    }

    @Test
    void readsWhetherTheMemberFitsAndWhyNot() {
        providerService.stubFor(get(urlPathEqualTo(FIT)).willReturn(okJson("""
                {"memberId":"mbr-x","fits":false,"reasons":["NOT_COVERED","DAY_FULL"]}""")));

        assertThat(fits.check("ord-1", "mbr-x"))
                .isEqualTo(new MemberFits.MemberFit("mbr-x", false, List.of("NOT_COVERED", "DAY_FULL")));
        providerService.verify(getRequestedFor(urlPathEqualTo(FIT)).withQueryParam("memberId", equalTo("mbr-x"))
                .withHeader("X-Internal-Token", equalTo("test-internal-token-for-every-test")));
    }

    @Test
    void noJobForTheOrderIsToldApartFromAnOutage() {
        providerService.stubFor(get(urlPathEqualTo(FIT)).willReturn(notFound()));
        assertThatThrownBy(() -> fits.check("ord-1", "mbr-x")).isInstanceOf(MemberFits.NoJobForOrder.class);

        providerService.stubFor(get(urlPathEqualTo(FIT)).willReturn(serverError()));
        assertThatThrownBy(() -> fits.check("ord-1", "mbr-x")).isInstanceOf(DispatchUnavailable.class);

        providerService.stubFor(get(urlPathEqualTo(FIT)).willReturn(okJson("{\"memberId\":\"mbr-x\"}")));
        assertThatThrownBy(() -> fits.check("ord-1", "mbr-x")).isInstanceOf(DispatchUnavailable.class);

        providerService.stubFor(get(urlPathEqualTo(FIT)).willReturn(okJson("{\"fits\":true}").withFixedDelay(6_000)));
        assertThatThrownBy(() -> fits.check("ord-1", "mbr-x")).isInstanceOf(DispatchUnavailable.class);
    }
}
