package fr.centreisere.concierge.gateway.identity;

import reactor.core.publisher.Mono;

/**
 * The signed-in owner asks for the verification link again (sign-up sends the first one). Counted like
 * reset requests; an address already verified gets no mail.
 */
public class SendEmailVerification {

    private final Accounts accounts;
    private final IssueAccountToken issueToken;
    private final MailRequestLimits limits;

    public SendEmailVerification(Accounts accounts, IssueAccountToken issueToken, MailRequestLimits limits) {
        this.accounts = accounts;
        this.issueToken = issueToken;
        this.limits = limits;
    }

    /** In the request's language, else the account's. Empty when the account no longer exists. */
    public Mono<Account> sendAgain(String userId, String clientAddress, Language language) {
        return accounts.byId(userId).flatMap(account -> limits.count(account.email().key(), clientAddress)
                .then(account.emailVerified() ? Mono.empty()
                        : issueToken.issue(account, TokenPurpose.EMAIL_VERIFICATION,
                                language == null ? account.language() : language))
                .thenReturn(account));
    }
}
