package fr.centreisere.concierge.gateway.identity;

import java.time.Clock;

import fr.centreisere.concierge.platform.page.Page;
import reactor.core.publisher.Mono;

/**
 * A coordinator lists the accounts, deactivates one (it can no longer log in and its tokens are refused
 * at once by this gateway) and reactivates it (it logs in again; the tokens issued before the
 * reactivation, hence before the deactivation, stay refused). A coordinator never deactivates their own account: someone must remain
 * who can undo it.
 */
public class ManageAccounts {

    private final Accounts accounts;
    private final RevokedTokens revoked;
    private final Clock clock;

    public ManageAccounts(Accounts accounts, RevokedTokens revoked, Clock clock) {
        this.accounts = accounts;
        this.revoked = revoked;
        this.clock = clock;
    }

    public Mono<Page<Account>> list(AccountFilter filter, int page, int size) {
        return accounts.list(filter, page, size);
    }

    /** Empty when the account does not exist. */
    public Mono<Account> deactivate(String userId, String callerId) {
        if (userId.equals(callerId)) {
            return Mono.error(new OwnAccount());
        }
        return accounts.deactivate(userId, clock.instant()).doOnNext(revoked::learn);
    }

    /** Empty when the account does not exist. */
    public Mono<Account> reactivate(String userId) {
        return accounts.reactivate(userId, clock.instant()).doOnNext(revoked::learn);
    }

    /** A coordinator's own account cannot be deactivated by themselves. */
    public static class OwnAccount extends RuntimeException {
        public OwnAccount() {
            super("one's own account");
        }
    }
}
