package fr.centreisere.concierge.gateway.identity;

import reactor.core.publisher.Mono;

/**
 * The owner changes their name or phone. A field left out stays as it is; an empty phone removes it.
 * The text rules are sign-up's (checked at the edge).
 */
public class ChangeProfile {

    private final Accounts accounts;

    public ChangeProfile(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Empty when the account no longer exists. */
    public Mono<Account> change(String userId, String displayName, String phone) {
        return accounts.byId(userId).flatMap(account -> accounts.changeProfile(account.withProfile(
                displayName == null ? account.displayName() : displayName.strip(),
                phone == null ? account.phone() : phone.isBlank() ? null : phone.strip())));
    }
}
