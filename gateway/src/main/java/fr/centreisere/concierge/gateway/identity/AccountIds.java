package fr.centreisere.concierge.gateway.identity;

import java.util.UUID;

/** New account ids: {@code usr-} and a random UUID (the demo seed has fixed {@code usr-demo-*} ids). */
final class AccountIds {

    private AccountIds() {
    }

    static String next() {
        return "usr-" + UUID.randomUUID();
    }
}
