package fr.centreisere.concierge.platform.tracing;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.MDC;

/**
 * Runs each task with the trace and the request id of the thread that handed it over. The circuit breaker
 * runs a Feign call on a thread of its own (for its time limiter): without this, the call would leave
 * without the caller's trace, and its log lines without its ids.
 */
final class TraceCarryingExecutor extends AbstractExecutorService {

    private final ExecutorService delegate;
    private final Tracer tracer;

    TraceCarryingExecutor(ExecutorService delegate, Tracer tracer) {
        this.delegate = delegate;
        this.tracer = tracer;
    }

    @Override
    public void execute(Runnable task) {
        Span span = tracer.currentSpan();
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (span == null && requestId == null) {
            delegate.execute(task);
            return;
        }
        delegate.execute(() -> {
            if (requestId != null) {
                MDC.put(RequestIds.MDC_KEY, requestId);
            }
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                task.run();
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
        });
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }
}
