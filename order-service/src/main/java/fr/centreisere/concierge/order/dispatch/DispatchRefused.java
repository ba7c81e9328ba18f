package fr.centreisere.concierge.order.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * provider-service answered that it will not do it (a dispatch it finds invalid, a cancel once the work
 * started, a reassignment to a suspended member, …): sending it again would get the same answer.
 * {@code detail} is what its problem document says (its {@code detail}, and the fields at fault), fit
 * for an order's history; the message is for logs.
 */
public class DispatchRefused extends RuntimeException {

    private final int status;
    private final String detail;

    public DispatchRefused(int status, String detail, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.detail = detail;
    }

    public DispatchRefused(String message, @Nullable Throwable cause) {
        this(0, message, message, cause);
    }

    /** The HTTP status of the refusal (0 when not known). */
    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
