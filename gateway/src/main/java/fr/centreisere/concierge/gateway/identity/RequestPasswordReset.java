package fr.centreisere.concierge.gateway.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Someone forgot their password and gives an address. The answer is the same, and comes as fast,
 * whether or not the address has an account: once the request is counted ({@link MailRequestLimits}),
 * looking up the account and keeping a token for it go on after the answer has left.
 */
public class RequestPasswordReset {

    private static final Logger log = LoggerFactory.getLogger(RequestPasswordReset.class);

    private final Accounts accounts;
    private final IssueAccountToken issueToken;
    private final MailRequestLimits limits;

    public RequestPasswordReset(Accounts accounts, IssueAccountToken issueToken, MailRequestLimits limits) {
        this.accounts = accounts;
        this.issueToken = issueToken;
        this.limits = limits;
    }

    public Mono<Void> request(String email, String clientAddress, Language language) {
        EmailAddress address = EmailAddress.parse(email);
        return limits.count(address.key(), clientAddress)
                .then(Mono.fromRunnable(() -> mailIfKnown(address, language)
                        .subscribe(null, failure -> log.warn("No reset link kept for a request: {}", failure.toString()))));
    }

    /** Only an existing account gets a link; nothing tells the caller which it was. */
    Mono<Void> mailIfKnown(EmailAddress address, Language language) {
        return accounts.byEmail(address).flatMap(account -> issueToken.issue(account, TokenPurpose.PASSWORD_RESET, language));
    }
}
