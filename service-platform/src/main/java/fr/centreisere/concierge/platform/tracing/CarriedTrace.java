package fr.centreisere.concierge.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;

/**
 * The trace a message is written under, carried with it to its delivery, which may come much later on
 * another thread or another instance (the outbox): {@link #traceparent()} is the W3C {@code traceparent}
 * of the work in progress, {@link #resume} continues it — a child span in scope, so that the delivery's log
 * lines and the call it makes carry the same trace id, and the request id back in the MDC.
 *
 * <p>Static because messages are made by domain code that knows nothing of tracing; the tracer is installed
 * by {@link TracingAutoConfiguration} when the application has one. Without it (a plain unit test, a fill
 * run) nothing is captured and resuming only restores the request id.
 */
public final class CarriedTrace {

    static final String TRACEPARENT = "traceparent";

    private static volatile @Nullable Bridge bridge;

    private CarriedTrace() {
    }

    /** The current trace as a W3C {@code traceparent}, or nothing when no span is in scope. */
    public static @Nullable String traceparent() {
        Bridge installed = bridge;
        if (installed == null) {
            return null;
        }
        Span span = installed.tracer().currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> headers = new HashMap<>(4);
        installed.propagator().inject(span.context(), headers, Map::put);
        return headers.get(TRACEPARENT);
    }

    /** The request id of the work in progress (the MDC's), or nothing. */
    public static @Nullable String requestId() {
        return MDC.get(RequestIds.MDC_KEY);
    }

    /**
     * Continues the trace {@code traceparent} (a new one when it is missing or unreadable) in a span named
     * {@code name}, in scope until {@link Resumed#close()}; puts {@code requestId} in the MDC meanwhile.
     */
    public static Resumed resume(@Nullable String traceparent, @Nullable String requestId, String name) {
        String previousRequestId = MDC.get(RequestIds.MDC_KEY);
        String kept = RequestIds.valid(requestId);
        if (kept != null) {
            MDC.put(RequestIds.MDC_KEY, kept);
        }
        Bridge installed = bridge;
        if (installed == null) {
            return () -> restore(previousRequestId);
        }
        Span.Builder builder = traceparent == null ? installed.tracer().spanBuilder()
                : installed.propagator().extract(Map.of(TRACEPARENT, traceparent), Map::get);
        Span span = builder.name(name).start();
        Tracer.SpanInScope scope = installed.tracer().withSpan(span);
        return () -> {
            try {
                scope.close();
                span.end();
            } finally {
                restore(previousRequestId);
            }
        };
    }

    private static void restore(@Nullable String previousRequestId) {
        if (previousRequestId == null) {
            MDC.remove(RequestIds.MDC_KEY);
        } else {
            MDC.put(RequestIds.MDC_KEY, previousRequestId);
        }
    }

    /** A resumed trace's scope. */
    @FunctionalInterface
    public interface Resumed extends AutoCloseable {

        @Override
        void close();
    }

    private record Bridge(Tracer tracer, Propagator propagator) {
    }

    /** Installs the application's tracer for the static methods above, for as long as the context lives. */
    static final class Installation implements DisposableBean {

        private final Bridge installed;

        Installation(Tracer tracer, Propagator propagator) {
            this.installed = new Bridge(tracer, propagator);
            bridge = installed;
        }

        @Override
        public void destroy() {
            if (bridge == installed) {
                bridge = null;
            }
        }
    }
}
