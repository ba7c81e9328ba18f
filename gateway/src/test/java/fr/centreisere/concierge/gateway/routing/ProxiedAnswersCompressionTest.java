package fr.centreisere.concierge.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service's JSON answer, relayed by the gateway: gzipped for a browser that accepts it (the service itself
 * sends it plain), and left as it is for a client that does not ask for it (a load tool, a script).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProxiedAnswersCompressionTest {

    static final WireMockServer catalog = new WireMockServer(wireMockConfig().dynamicPort());
    static final String PAGE = pageOfServices();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startCatalog() {
        catalog.start();
        catalog.stubFor(get(urlPathEqualTo("/api/catalog/services"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(PAGE)));
    }

    @AfterAll
    static void stopCatalog() {
        catalog.stop();
    }

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri", catalog::baseUrl);
    }

    @Test
    void aSearchIsGzippedForABrowserAndPlainForAClientThatDoesNotAsk() throws Exception {
        // a plain JDK client: it sends exactly the headers given and does not unzip behind our back
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/catalog/services?commune=38563&size=20");

        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri)
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br").build(), BodyHandlers.ofByteArray());

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        }
    }

    /** Twenty services, about as long as catalog-service's page of full offers. */
    private static String pageOfServices() {
        StringBuilder json = new StringBuilder("{\"content\":[");
        for (int i = 0; i < 20; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"svc-service-").append(i)
                    .append("\",\"title\":{\"fr\":\"Service numéro ").append(i).append("\",\"en\":\"Service number ")
                    .append(i).append("\"},\"description\":{\"fr\":\"")
                    .append("Une description assez longue de ce que fait ce service, pour qui et comment. ".repeat(4))
                    .append("\",\"en\":\"").append("A rather long description of what the service does. ".repeat(4))
                    .append("\"},\"unitPriceCents\":3200}");
        }
        return json.append("],\"page\":0,\"size\":20,\"totalElements\":20}").toString();
    }
}
