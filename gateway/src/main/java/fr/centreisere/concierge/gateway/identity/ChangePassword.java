package fr.centreisere.concierge.gateway.identity;

import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The signed-in owner changes their password, giving the current one. The new one must meet the sign-up
 * policy (refused on {@code newPassword}, checked first: nothing is guessed with a weak one). A wrong
 * current password is refused on {@code currentPassword} and counts as a failed login, under the login
 * limits (a stolen token cannot be used to guess the password).
 */
public class ChangePassword {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final LoginFailures failures;

    public ChangePassword(Accounts accounts, PasswordHasher hasher, LoginFailures failures) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.failures = failures;
    }

    /** Completes with true once changed; empty when the account no longer exists. */
    public Mono<Boolean> change(String userId, String currentPassword, String newPassword, String clientAddress) {
        return accounts.byId(userId).flatMap(account -> {
            List<fr.centreisere.concierge.platform.i18n.Message> problems = PasswordPolicy.problemsWith(newPassword, account.email().value());
            if (!problems.isEmpty()) {
                return Mono.error(new WeakPassword(problems, "newPassword"));
            }
            String key = account.email().key();
            return failures.blockedFor(key, clientAddress)
                    .flatMap(wait -> Mono.<Boolean>error(new TooManyLoginFailures(wait)))
                    .switchIfEmpty(Mono.defer(() -> Mono.fromCallable(() -> hasher.matches(currentPassword, account.passwordHash()))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(matches -> matches
                                    ? Mono.fromCallable(() -> hasher.hash(newPassword)).subscribeOn(Schedulers.boundedElastic())
                                            .flatMap(hash -> accounts.changePassword(account.id(), hash))
                                    : failures.recordFailure(key, clientAddress).then(Mono.<Boolean>error(new InvalidAccount(
                                            "currentPassword", "password.current-wrong"))))));
        });
    }
}
