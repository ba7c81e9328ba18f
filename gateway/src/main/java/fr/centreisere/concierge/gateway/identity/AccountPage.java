package fr.centreisere.concierge.gateway.identity;

import java.util.List;

/** One page of accounts and how many match in all. */
public record AccountPage(List<Account> content, int page, int size, long totalElements) {

    public AccountPage {
        content = List.copyOf(content);
    }
}
