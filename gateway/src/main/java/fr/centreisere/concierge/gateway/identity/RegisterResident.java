package fr.centreisere.concierge.gateway.identity;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Anyone registers themselves as a resident, with an e-mail nobody uses yet and a strong enough password. */
public class RegisterResident {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RegisterResident(Accounts accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Mono<Account> register(Registration registration) {
        List<String> problems = PasswordPolicy.problemsWith(registration.password(), registration.email());
        if (!problems.isEmpty()) {
            return Mono.error(new WeakPassword(problems));
        }
        EmailAddress email = EmailAddress.parse(registration.email());
        return Mono.fromCallable(() -> hasher.hash(registration.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(hash -> Account.resident(AccountIds.next(), email, hash, registration.displayName().strip(),
                        registration.phone(), registration.communeInsee(), clock.instant()))
                .flatMap(accounts::add);
    }
}
