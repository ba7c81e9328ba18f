package fr.centreisere.concierge.gateway.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/**
 * What the gateway refuses among tokens that are otherwise valid: every token of a deactivated account,
 * and, once it is reactivated, the tokens issued before the reactivation (so reactivating an account does
 * not bring its old tokens back). Kept in memory so that checking a token costs no database call: this instance learns
 * its own deactivations at once, and looks on a short period ({@link #reload}) whether another instance made
 * one: one read by id of {@link Accounts#revocationsVersion}, and every account ever deactivated read again only
 * when it moved (or after {@value #FULL_RELOAD_EVERY} looks, for a change whose version raise was lost), so that
 * the look costs the same with 10 or 100,000 accounts (issue 15: the idle stack).
 */
public class RevokedTokens {

    private record Revocation(boolean active, Instant notBefore) {
    }

    /** Looks after which every account ever deactivated is read again whatever the version says. */
    public static final int FULL_RELOAD_EVERY = 30;

    private final Accounts accounts;
    private volatile Map<String, Revocation> revocations = Map.of();
    /** The version the last full reload saw (read before it), and the looks since. */
    private volatile long loadedVersion = -1;
    private volatile int looksSinceFullReload;
    /** This instance's own changes since the last reload began, kept over it so a reload never forgets them. */
    private final Map<String, Revocation> recent = new ConcurrentHashMap<>();

    public RevokedTokens(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Whether a token of {@code userId} issued at {@code issuedAt} (seconds precision, as in the JWT) is refused. */
    public boolean refuses(String userId, Instant issuedAt) {
        Revocation revocation = recent.getOrDefault(userId, revocations.get(userId));
        if (revocation == null) {
            return false;
        }
        if (!revocation.active()) {
            return true;
        }
        return revocation.notBefore() != null && (issuedAt == null || issuedAt.isBefore(revocation.notBefore()));
    }

    /** The account as it now is (after a deactivation or a reactivation made here). */
    public void learn(Account account) {
        recent.put(account.id(), new Revocation(account.active(), notBefore(account)));
    }

    /**
     * Reads every account ever deactivated from the store when the revocations' version moved since the last
     * reload (or after {@value #FULL_RELOAD_EVERY} looks); answers how many accounts are known deactivated or reactivated.
     */
    public Mono<Integer> reload() {
        return accounts.revocationsVersion().flatMap(version -> {
            if (version == loadedVersion && ++looksSinceFullReload < FULL_RELOAD_EVERY) {
                return Mono.just(revocations.size());
            }
            return reloadAll(version);
        });
    }

    private Mono<Integer> reloadAll(long version) {
        Map<String, Revocation> before = Map.copyOf(recent);
        return accounts.everDeactivated()
                .collectMap(Account::id, account -> new Revocation(account.active(), notBefore(account)))
                .map(loaded -> {
                    revocations = Map.copyOf(loaded);
                    // the version was read before the accounts: a change made meanwhile moves it again
                    loadedVersion = version;
                    looksSinceFullReload = 0;
                    // what this instance changed before the reload started is now in the store, and so is
                    // a change the store already shows (learnt while the reload ran)
                    before.forEach(recent::remove);
                    recent.entrySet().removeIf(change -> change.getValue().equals(loaded.get(change.getKey())));
                    return loaded.size();
                });
    }

    /**
     * JWTs carry whole seconds: a token issued in the reactivation's own second counts as issued after it, so
     * that a login right after a reactivation is never refused (no login succeeds while deactivated; only a
     * deactivation and a reactivation within one second would let a token from that second through).
     */
    private static Instant notBefore(Account account) {
        Instant at = account.tokensNotBefore();
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }
}
