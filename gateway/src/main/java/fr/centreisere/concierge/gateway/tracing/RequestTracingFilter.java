package fr.centreisere.concierge.gateway.tracing;

import fr.centreisere.concierge.platform.tracing.RequestIds;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First of all filters: gives the request its id ({@code X-Request-Id}: the client's when plain, else a new
 * one), returned in the answer and forwarded to the service; forwards the trace as the gateway's own span
 * ({@code traceparent}: a child of the client's when it sent one, whose sampled flag is kept), so that the
 * service's span continues it; and writes the request's access-log line once it is answered.
 *
 * <p>The span is the one the WebFlux server observation opened for this request (read from the exchange, no
 * thread-local context needed): the gateway's route observation stays off, this is the only header work.
 */
final class RequestTracingFilter implements WebFilter, Ordered {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    private final Propagator propagator;
    private final AccessLog accessLog;

    RequestTracingFilter(Propagator propagator, AccessLog accessLog) {
        this.propagator = propagator;
        this.accessLog = accessLog;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        ServerHttpRequest request = exchange.getRequest();
        String sent = RequestIds.valid(request.getHeaders().getFirst(RequestIds.HEADER));
        String requestId = sent != null ? sent : RequestIds.generate();
        Span span = serverSpan(exchange);
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() ->
                exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId)));
        ServerHttpRequest forwarded = request.mutate().headers(headers -> {
            headers.set(RequestIds.HEADER, requestId);
            if (span != null) {
                headers.remove(TRACEPARENT);
                headers.remove(TRACESTATE);
                propagator.inject(span.context(), headers, HttpHeaders::set);
            }
        }).build();
        return chain.filter(exchange.mutate().request(forwarded).build())
                .doFinally(signal -> accessLog.answered(request, exchange.getResponse(), span, requestId,
                        System.nanoTime() - started, signal));
    }

    /** The span of this request's server observation, if tracing made one. */
    static @Nullable Span serverSpan(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes()).map(context -> {
            TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
            return tracing == null ? null : tracing.getSpan();
        }).orElse(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
