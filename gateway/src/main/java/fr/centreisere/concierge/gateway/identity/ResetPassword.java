package fr.centreisere.concierge.gateway.identity;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A reset link followed: a valid token and a password that meets the policy set the new password. The
 * token is used once (a conditional update), only after the password was found acceptable, so a weak
 * one can be corrected with the same link. The account's failed logins are forgotten: its owner has
 * just proved they hold the address.
 */
public class ResetPassword {

    private final AccountTokens tokens;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final LoginFailures failures;
    private final Clock clock;

    public ResetPassword(AccountTokens tokens, Accounts accounts, PasswordHasher hasher, LoginFailures failures, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.hasher = hasher;
        this.failures = failures;
        this.clock = clock;
    }

    public Mono<Void> reset(String token, String password) {
        String tokenHash = SecretToken.hashOf(token);
        return tokens.accountOfValid(TokenPurpose.PASSWORD_RESET, tokenHash, clock.instant())
                .flatMap(accounts::byId)
                .switchIfEmpty(Mono.error(() -> new InvalidToken(TokenPurpose.PASSWORD_RESET)))
                .flatMap(account -> {
                    List<fr.centreisere.concierge.platform.i18n.Message> problems = PasswordPolicy.problemsWith(password, account.email().value());
                    if (!problems.isEmpty()) {
                        return Mono.error(new WeakPassword(problems));
                    }
                    return Mono.fromCallable(() -> hasher.hash(password)).subscribeOn(Schedulers.boundedElastic())
                            .flatMap(hash -> tokens.use(TokenPurpose.PASSWORD_RESET, tokenHash, clock.instant())
                                    .switchIfEmpty(Mono.error(() -> new InvalidToken(TokenPurpose.PASSWORD_RESET)))
                                    .then(accounts.changePassword(account.id(), hash)))
                            .then(failures.forgetAccount(account.email().key()));
                });
    }
}
