package fr.centreisere.concierge.order.dispatch;

/**
 * provider-service answered that it will not do it (a cancel once the work started, a reassignment to
 * a suspended member, …): sending it again would get the same answer.
 */
public class DispatchRefused extends RuntimeException {

    public DispatchRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
