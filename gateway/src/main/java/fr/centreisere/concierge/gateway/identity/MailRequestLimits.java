package fr.centreisere.concierge.gateway.identity;

import reactor.core.publisher.Mono;

/**
 * Requests that mail someone (a reset link, a verification link) counted per address asked for and per
 * client address, like failed logins ({@link LoginFailures}), so that nobody floods a mailbox. Every
 * request counts, whether or not the address has an account: the limit says nothing about who exists.
 */
public interface MailRequestLimits {

    /** Counts one request; fails with {@link TooManyMailRequests} when the e-mail or the client address is past its limit. */
    Mono<Void> count(String emailKey, String clientAddress);
}
