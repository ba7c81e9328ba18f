package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signing in: the right e-mail and password give an access token. A failure never says whether the
 * e-mail exists (same answer, and the same slow hash check, either way). Failures are limited so
 * that a visitor's never stop the owner ({@link LoginFailures}: past a limit, logins of that account
 * from that address, or from an address failing on many accounts, wait with {@link TooManyLoginFailures}),
 * and slowed down per account: past {@code slowAfter} failures on an account, each further failed
 * answer comes {@code slowStep} later than the one before, up to {@code slowMax}. A right password is
 * never slowed down. A deactivated account is refused as a wrong password is, even with the right one.
 */
public class LogIn {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final LoginFailures failures;
    private final AccessTokens tokens;
    private final PasswordHash decoy;
    private final int slowAfter;
    private final Duration slowStep;
    private final Duration slowMax;

    public LogIn(Accounts accounts, PasswordHasher hasher, LoginFailures failures, AccessTokens tokens, int slowAfter,
            Duration slowStep, Duration slowMax) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.failures = failures;
        this.tokens = tokens;
        this.slowAfter = slowAfter;
        this.slowStep = slowStep;
        this.slowMax = slowMax;
        // checked against when the e-mail is unknown, so that an unknown e-mail takes as long as a wrong password
        this.decoy = hasher.hash("decoy-password-for-unknown-e-mails");
    }

    public Mono<IssuedToken> logIn(String email, String password, String clientAddress) {
        String accountKey = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return failures.blockedFor(accountKey, clientAddress)
                .flatMap(wait -> Mono.<IssuedToken>error(new TooManyLoginFailures(wait)))
                .switchIfEmpty(Mono.defer(() -> check(email, password, accountKey, clientAddress)));
    }

    private Mono<IssuedToken> check(String email, String password, String accountKey, String clientAddress) {
        Mono<Account> account = EmailAddress.isValid(email) ? accounts.byEmail(new EmailAddress(email)) : Mono.empty();
        return account.map(Optional::of).defaultIfEmpty(Optional.empty())
                .publishOn(Schedulers.boundedElastic())
                .map(found -> found.filter(a -> password != null && hasher.matches(password, a.passwordHash()))
                        .or(() -> {
                            if (found.isEmpty()) {
                                hasher.matches(password == null ? "" : password, decoy);
                            }
                            return Optional.empty();
                        }))
                // a deactivated account answers as a wrong password does: nothing tells it apart
                .map(matched -> matched.filter(Account::active))
                .flatMap(matched -> matched.isPresent()
                        ? failures.forget(accountKey, clientAddress).thenReturn(tokens.issue(matched.get()))
                        : failures.recordFailure(accountKey, clientAddress)
                                .flatMap(count -> Mono.delay(slowdown(count)))
                                .then(Mono.error(new BadCredentials())));
    }

    /** How long the answer to the account's {@code failures}-th failure in its window waits. */
    Duration slowdown(int failures) {
        if (failures <= slowAfter) {
            return Duration.ZERO;
        }
        Duration wait = slowStep.multipliedBy(failures - slowAfter);
        return wait.compareTo(slowMax) > 0 ? slowMax : wait;
    }
}
