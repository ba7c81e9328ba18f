package fr.centreisere.concierge.gateway.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Problem documents written straight from a filter (401, 403, 413, 429), in the API's shape. */
final class ProblemResponses {

    private static final String TYPE_BASE = "https://concierge.centre-isere.fr/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Like Tomcat's {@code maxSwallowSize}: an oversized body up to this length is read away before the 413. */
    private static final long MAX_BYTES_READ_AWAY = 4L * 1024 * 1024;

    private ProblemResponses() {
    }

    private static boolean worthReadingAway(ServerWebExchange exchange) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        return declared >= 0 && declared <= MAX_BYTES_READ_AWAY;
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, Message detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        ProblemDetail problem = ProblemDocument.of(status, URI.create(TYPE_BASE + type), detail);
        problem.setInstance(URI.create(URI.create(exchange.getRequest().getPath().value()).getPath()));
        ProblemDocument.render(problem, Texts.platform(), exchange.getLocaleContext().getLocale());
        Map<String, Object> body = ProblemDocument.members(problem);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        // A refusal comes before anyone read the request body: read it to the end first, so that late
        // body bytes are not taken for the next request on this keep-alive connection, and so that a
        // client still sending sees the answer rather than a connection reset; a body too large even
        // to be read and thrown away is not waited for: the connection closes after the answer.
        Mono<Void> closeAfter = Mono.fromRunnable(() -> response.getHeaders().set(HttpHeaders.CONNECTION, "close"));
        Mono<Void> drain = status == HttpStatus.CONTENT_TOO_LARGE && !worthReadingAway(exchange)
                ? closeAfter
                : exchange.getRequest().getBody().doOnNext(DataBufferUtils::release).then()
                        .onErrorResume(unreadable -> closeAfter);
        return drain.then(Mono.defer(() -> {
            DataBuffer buffer = response.bufferFactory().wrap(json);
            return response.writeWith(Mono.just(buffer));
        }));
    }

    /** The security firewall's refusal: a path or a header that could be read two ways ({@code //}, {@code %00}, {@code ;}). */
    static Mono<Void> rejected(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.BAD_REQUEST, "malformed-request", Message.of("http.400"));
    }

    static Mono<Void> unauthorized(ServerWebExchange exchange, boolean invalidToken) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized",
                Message.of(invalidToken ? "security.token-invalid" : "http.401"));
    }

    static Mono<Void> forbidden(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden", Message.of("http.403"));
    }

    static Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", Message.of("request.too-many", retryAfterSeconds));
    }

    static Mono<Void> payloadTooLarge(ServerWebExchange exchange, long maxBytes) {
        return write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", Message.of("request.body-too-large", maxBytes));
    }
}
