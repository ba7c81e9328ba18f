package fr.centreisere.concierge.gateway.identity;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Anyone registers themselves as a resident, with an e-mail nobody uses yet and a strong enough
 * password; a verification link is then mailed to the address.
 */
public class RegisterResident {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegisterResident.class);

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final IssueAccountToken issueToken;

    public RegisterResident(Accounts accounts, PasswordHasher hasher, Clock clock, IssueAccountToken issueToken) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.issueToken = issueToken;
    }

    public Mono<Account> register(Registration registration) {
        List<fr.centreisere.concierge.platform.i18n.Message> problems = PasswordPolicy.problemsWith(registration.password(), registration.email());
        if (!problems.isEmpty()) {
            return Mono.error(new WeakPassword(problems));
        }
        EmailAddress email = EmailAddress.parse(registration.email());
        return Mono.fromCallable(() -> hasher.hash(registration.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(hash -> Account.resident(AccountIds.next(), email, hash, registration.displayName().strip(),
                        registration.phone(), registration.communeInsee(), registration.language(), clock.instant()))
                .flatMap(accounts::add)
                // the account exists from here on: if the link cannot be kept now, the owner asks for it again
                .flatMap(account -> issueToken.issue(account, TokenPurpose.EMAIL_VERIFICATION, registration.language())
                        .onErrorResume(failure -> {
                            log.warn("No verification link kept for {}: {}", account.id(), failure.toString());
                            return Mono.empty();
                        })
                        .thenReturn(account));
    }
}
