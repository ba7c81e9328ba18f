package fr.centreisere.concierge.gateway.identity;

import reactor.core.publisher.Mono;

/** The signed-in caller's own account. */
public class FindAccount {

    private final Accounts accounts;

    public FindAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public Mono<Account> byId(String userId) {
        return accounts.byId(userId);
    }
}
