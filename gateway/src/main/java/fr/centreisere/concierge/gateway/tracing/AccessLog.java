package fr.centreisere.concierge.gateway.tracing;

import fr.centreisere.concierge.platform.tracing.RequestIds;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.SignalType;

/**
 * One line per request answered: method, path, the names of the query's parameters (never their values,
 * which may be personal: an e-mail, a search), status and duration, with the trace id, span id and request
 * id in the MDC (so in the line's correlation, and as fields of a JSON log). Nothing of the body. Its own
 * logger ({@code fr.centreisere.concierge.gateway.tracing.AccessLog}): set it to {@code WARN} to silence it.
 */
final class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final int MAX_PATH = 200;
    private static final int MAX_QUERY_NAMES = 10;

    void answered(ServerHttpRequest request, ServerHttpResponse response, @Nullable Span span, String requestId,
            long nanos, SignalType signal) {
        if (!log.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = response.getStatusCode();
        String shown = status != null ? Integer.toString(status.value()) : signal == SignalType.CANCEL ? "cancelled" : "-";
        long millis = nanos / 1_000_000;
        String target = target(request.getPath().value(), request.getURI().getRawQuery());
        TraceContext context = span == null ? null : span.context();
        if (context != null) {
            MDC.put("traceId", context.traceId());
            MDC.put("spanId", context.spanId());
        }
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            log.atInfo().addKeyValue("method", request.getMethod().name()).addKeyValue("path", target)
                    .addKeyValue("status", shown).addKeyValue("duration_ms", millis)
                    .log("{} {} {} {} ms", request.getMethod().name(), target, shown, millis);
        } finally {
            MDC.remove("traceId");
            MDC.remove("spanId");
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** The path and the query's parameter names ({@code /api/catalog/services?commune&size}), printable and bounded. */
    static String target(String path, @Nullable String rawQuery) {
        StringBuilder shown = new StringBuilder(Math.min(path.length(), MAX_PATH) + 32);
        printable(path, MAX_PATH, shown);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            int names = 0;
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                if (names == MAX_QUERY_NAMES) {
                    shown.append("&...");
                    break;
                }
                int equals = pair.indexOf('=');
                shown.append(names++ == 0 ? '?' : '&');
                printable(equals < 0 ? pair : pair.substring(0, equals), 40, shown);
            }
        }
        return shown.toString();
    }

    /** Visible ASCII only (a raw path is percent-encoded already): anything else becomes {@code ?}. */
    private static void printable(String text, int max, StringBuilder into) {
        int end = Math.min(text.length(), max);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            into.append(c > 0x20 && c < 0x7f ? c : '?');
        }
        if (text.length() > max) {
            into.append("...");
        }
    }
}
