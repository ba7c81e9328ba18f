package fr.centreisere.concierge.gateway.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", URI.create(exchange.getRequest().getPath().value()).getPath());
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
        return write(exchange, HttpStatus.BAD_REQUEST, "malformed-request", "Requête mal formée / Malformed request",
                "La requête est mal formée (adresse, encodage ou en-têtes). / The request is malformed (address, encoding or headers).");
    }

    static Mono<Void> unauthorized(ServerWebExchange exchange, boolean invalidToken) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentification requise / Authentication required",
                invalidToken
                        ? "Le jeton d'accès est invalide ou expiré ; reconnectez-vous. / The access token is invalid or has expired; sign in again."
                        : "Connectez-vous pour accéder à cette ressource. / Sign in to access this resource.");
    }

    static Mono<Void> forbidden(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Accès refusé / Access denied",
                "Votre compte ne permet pas cette action. / Your account may not do this.");
    }

    static Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Trop de requêtes / Too many requests",
                "Trop de requêtes ; réessayez dans %d s. / Too many requests; try again in %d s."
                        .formatted(retryAfterSeconds, retryAfterSeconds));
    }

    static Mono<Void> payloadTooLarge(ServerWebExchange exchange, long maxBytes) {
        return write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Requête trop volumineuse / Payload too large",
                "Le corps de la requête dépasse %d octets. / The request body exceeds %d bytes.".formatted(maxBytes, maxBytes));
    }
}
