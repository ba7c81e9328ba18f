package fr.centreisere.concierge.order.catalog.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

/**
 * Without a fixed URL the catalog client finds catalog-service by name through the discovery client and
 * the load balancer (Eureka in a running system; here the simple discovery client lists the WireMock).
 */
@SpringBootTest(properties = {
        "concierge.clients.catalog-url=",
        "spring.cloud.discovery.enabled=true",
        "spring.cloud.discovery.client.simple.instances.catalog-service[0].uri=${test.catalog.url}" })
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "test.catalog.url"))
class ServiceDiscoveryTest {

    @InjectWireMock("catalog")
    WireMockServer catalogService;

    @Autowired
    FeignCatalog catalog;

    @Test
    void findsCatalogServiceByItsRegisteredName() {
        catalogService.stubFor(get(urlPathEqualTo(FeignCatalogTest.OFFER_PATH)).willReturn(okJson(FeignCatalogTest.OFFER)));

        assertThat(catalog.offer("svc-reparation-velo", "38563")).isPresent();
        catalogService.verify(getRequestedFor(urlPathEqualTo(FeignCatalogTest.OFFER_PATH)));
    }
}
