package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * A browser sends its next request on a keep-alive connection as soon as it has read the previous
 * answer, sometimes before the server has finished with that answer. Reactor Netty up to 1.3.7 then
 * could stop reading the connection for good (reactor/reactor-netty#4361): the browser's next
 * request waited forever. Here a slow answer and a quick one arrive in one packet, then a third
 * request comes on the same connection and must be answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeepAliveConnectionTest {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @RepeatedTest(3)
    void aRequestThatArrivesEarlyDoesNotStopTheConnection() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) ANSWER_WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write((request("/test/slow-answer") + request("/favicon.ico")).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
            assertThat(readResponse(in)).startsWith("HTTP/1.1 404");

            out.write(request("/.well-known/jwks.json").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String third;
            try {
                third = readResponse(in);
            } catch (SocketTimeoutException stalled) {
                throw new AssertionError("the third request on the connection got no answer in " + ANSWER_WAIT, stalled);
            }
            assertThat(third).startsWith("HTTP/1.1 200").contains("\"keys\"");
        }
    }

    private static String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: keep-alive\r\n\r\n";
    }

    /** One HTTP/1.1 response, its head and body, read by its Content-Length or its chunks. */
    private static String readResponse(InputStream in) throws IOException {
        String head = readHead(in);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String lowerHead = head.toLowerCase(Locale.ROOT);
        if (lowerHead.contains("transfer-encoding: chunked")) {
            int size;
            while ((size = Integer.parseInt(readLine(in).trim(), 16)) > 0) {
                body.write(in.readNBytes(size));
                readLine(in);
            }
            readLine(in);
        } else {
            int start = lowerHead.indexOf("content-length:");
            int length = start < 0 ? 0
                    : Integer.parseInt(lowerHead.substring(start + 15, lowerHead.indexOf("\r\n", start)).trim());
            body.write(in.readNBytes(length));
        }
        return head + body.toString(StandardCharsets.UTF_8);
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            head.append(line).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed by the gateway");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowAnswer {

        @Bean
        RouterFunction<ServerResponse> slowAnswer() {
            return RouterFunctions.route(RequestPredicates.GET("/test/slow-answer"),
                    request -> Mono.delay(Duration.ofMillis(50)).then(ServerResponse.ok().bodyValue("ok")));
        }
    }
}
