package fr.centreisere.concierge.order.dispatch;

import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * provider-service answered that it will not do it (a dispatch it finds invalid, a cancel once the work
 * started, a reassignment to a suspended member, …): sending it again would get the same answer.
 * {@code reason} is what its problem document says as a code and arguments (see
 * {@code ProviderProblems}), fit for an order's history in any language; the message is for logs.
 */
public class DispatchRefused extends RuntimeException {

    private final int status;
    private final Message reason;

    public DispatchRefused(int status, Message reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.reason = reason;
    }

    /** The HTTP status of the refusal (0 when not known). */
    public int status() {
        return status;
    }

    public Message reason() {
        return reason;
    }
}
