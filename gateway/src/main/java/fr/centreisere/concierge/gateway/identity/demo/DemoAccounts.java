package fr.centreisere.concierge.gateway.identity.demo;

import java.time.Clock;
import java.util.List;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.Accounts;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.PasswordHasher;
import fr.centreisere.concierge.gateway.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One account per role for the demo (docs/INTERNAL-API.md, docs/SECURITY.md), with fixed ids bound
 * to the other services' demo seeds, their addresses verified. Only created by the {@code demo} profile; running it again
 * changes nothing.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-concierge-2026";
    public static final String COMPANY_ID = "cmp-demo-alpes-numerique";
    public static final String MEMBER_ID = "mbr-atelier-velo-voironnais";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public DemoAccounts(Accounts accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Mono<Long> seed() {
        PasswordHash hash = hasher.hash(PASSWORD);
        var now = clock.instant();
        List<Account> demo = List.of(
                new Account("usr-demo-coordinator", new EmailAddress("coordinator@demo.test"), hash,
                        "Camille Coordinatrice", null, null, java.util.Set.of(Role.COORDINATOR), null, null, now),
                new Account("usr-demo-resident", new EmailAddress("resident@demo.test"), hash,
                        "Romain Résident", null, "38563", java.util.Set.of(Role.RESIDENT), null, null, now),
                new Account("usr-demo-company-admin", new EmailAddress("company-admin@demo.test"), hash,
                        "Clara Admin (Alpes Numérique)", null, null, java.util.Set.of(Role.COMPANY_ADMIN), null, COMPANY_ID, now),
                new Account("usr-demo-employee", new EmailAddress("employee@alpes-numerique.fr"), hash,
                        "Étienne Employé", null, "38563", java.util.Set.of(Role.RESIDENT), null, null, now),
                new Account("usr-demo-member-staff", new EmailAddress("member-staff@demo.test"), hash,
                        "Mathis Atelier Vélo", null, null, java.util.Set.of(Role.MEMBER_STAFF), MEMBER_ID, null, now));
        // verified from the start (and those seeded before e-mails were verified become so, once)
        return Flux.fromIterable(demo).map(Account::verified)
                .concatMap(account -> accounts.addIfAbsent(account)
                        .flatMap(created -> accounts.markEmailVerified(account.id()).thenReturn(created)))
                .filter(Boolean::booleanValue).count()
                .doOnNext(created -> log.info("Demo accounts: {} created, {} already there", created, demo.size() - created));
    }
}
