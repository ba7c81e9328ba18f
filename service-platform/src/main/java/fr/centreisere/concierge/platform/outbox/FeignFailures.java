package fr.centreisere.concierge.platform.outbox;

import feign.FeignException;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a Feign client threw into a {@link SendResult.Failed}: the HTTP status when the
 * destination answered (found under the circuit breaker's wrapping), the innermost cause otherwise
 * (time-out, refused connection, open breaker). Needs feign-core, which every Feign-using service has.
 */
public final class FeignFailures {

    private FeignFailures() {
    }

    public static SendResult.Failed of(Throwable failure) {
        FeignException answered = answered(failure);
        if (answered != null) {
            String body = answered.contentUTF8();
            String said = body == null || body.isBlank() ? "" : ": " + body;
            return new SendResult.Failed(answered.status(), "HTTP " + answered.status() + said);
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return new SendResult.Failed(null, innermost.getClass().getSimpleName() + ": " + innermost.getMessage());
    }

    /** The Feign exception that carries the destination's answer, if there was one. */
    public static @Nullable FeignException answered(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FeignException feign && feign.status() > 0) {
                return feign;
            }
        }
        return null;
    }
}
