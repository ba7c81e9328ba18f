package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signing in: the right e-mail and password give an access token. A failure never says whether the
 * e-mail exists (same answer, and the same slow hash check, either way), and after too many
 * failures for one account or from one address, logins there wait ({@link TooManyLoginFailures}).
 */
public class LogIn {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final LoginFailures failures;
    private final AccessTokens tokens;
    private final PasswordHash decoy;

    public LogIn(Accounts accounts, PasswordHasher hasher, LoginFailures failures, AccessTokens tokens) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.failures = failures;
        this.tokens = tokens;
        // checked against when the e-mail is unknown, so that an unknown e-mail takes as long as a wrong password
        this.decoy = hasher.hash("decoy-password-for-unknown-e-mails");
    }

    public Mono<IssuedToken> logIn(String email, String password, String clientAddress) {
        String accountKey = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> blocked = failures.blockedFor(accountKey, clientAddress);
        if (blocked.isPresent()) {
            return Mono.error(new TooManyLoginFailures(blocked.get()));
        }
        Mono<Account> account = EmailAddress.isValid(email) ? accounts.byEmail(new EmailAddress(email)) : Mono.empty();
        return account.map(Optional::of).defaultIfEmpty(Optional.empty())
                .publishOn(Schedulers.boundedElastic())
                .flatMap(found -> {
                    boolean matches = found
                            .map(a -> password != null && hasher.matches(password, a.passwordHash()))
                            .orElseGet(() -> {
                                hasher.matches(password == null ? "" : password, decoy);
                                return false;
                            });
                    if (!matches) {
                        failures.recordFailure(accountKey, clientAddress);
                        return Mono.error(new BadCredentials());
                    }
                    failures.forget(accountKey);
                    return Mono.just(tokens.issue(found.get()));
                });
    }
}
