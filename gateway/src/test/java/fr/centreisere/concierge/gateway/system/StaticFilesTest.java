package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The web UI's files on a slow connection: gzipped, kept by the browser and revalidated cheaply. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class StaticFilesTest {

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Test
    void scriptsAndStylesAreGzippedForBrowsersThatAcceptIt() throws Exception {
        // a plain JDK client: it sends exactly the headers given and does not unzip behind our back
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] { "/js/i18n.js", "/css/app.css" }) {
            URI uri = URI.create("http://127.0.0.1:" + port + path);
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri).header(HttpHeaders.ACCEPT_ENCODING, "gzip").build(),
                    BodyHandlers.ofByteArray());

            assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
            assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
            assertThat(gzipped.body().length).as("%s gzipped vs plain", path).isLessThan(plain.body().length / 2);
            try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
            }
        }
    }

    @Test
    void aBrowserKeepsTheFilesAndAsksWhetherTheyChanged() {
        String lastModified = client.get().uri("/js/app.js").exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-cache").doesNotContain("no-store"))
                .expectHeader().exists(HttpHeaders.LAST_MODIFIED)
                .returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.LAST_MODIFIED);

        client.get().uri("/js/app.js").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();
    }

    @Test
    void apiAnswersAreStillNeverStored() {
        client.get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"));
    }
}
