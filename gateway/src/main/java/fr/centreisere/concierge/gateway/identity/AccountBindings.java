package fr.centreisere.concierge.gateway.identity;

import reactor.core.publisher.Mono;

/**
 * The owners of what a staff account is bound to (port): provider-service owns member structures,
 * order-service companies. Each is asked whether the id exists before the account is created.
 */
public interface AccountBindings {

    /** Whether the member structure exists; an error {@link OwnerUnavailable} when provider-service does not say. */
    Mono<Boolean> memberExists(String memberId);

    /** Whether the company exists; an error {@link OwnerUnavailable} when order-service does not say. */
    Mono<Boolean> companyExists(String companyId);

    /** The owner of the binding did not answer: no account is created (503). */
    class OwnerUnavailable extends RuntimeException {
        public OwnerUnavailable(String owner, Throwable cause) {
            super(owner + " is not answering", cause);
        }
    }
}
