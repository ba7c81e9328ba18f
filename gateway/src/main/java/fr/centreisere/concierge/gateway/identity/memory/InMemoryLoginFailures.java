package fr.centreisere.concierge.gateway.identity.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import fr.centreisere.concierge.gateway.identity.LoginFailures;

/**
 * Failed logins counted in this gateway's memory, in fixed windows per key. Enough for the one
 * gateway a territory runs; several gateway instances would each count on their own (an attacker
 * gets the limit once per instance): then keep the counts in the identity database instead.
 */
public final class InMemoryLoginFailures implements LoginFailures {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public InMemoryLoginFailures(Clock clock, int maxPerAccount, int maxPerAddress, Duration window) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    @Override
    public Optional<Duration> blockedFor(String accountKey, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = blockedFor("account:" + accountKey, maxPerAccount, now);
        Optional<Duration> fromAddress = blockedFor("address:" + address, maxPerAddress, now);
        if (account.isPresent() && fromAddress.isPresent()) {
            return Optional.of(account.get().compareTo(fromAddress.get()) >= 0 ? account.get() : fromAddress.get());
        }
        return account.isPresent() ? account : fromAddress;
    }

    @Override
    public void recordFailure(String accountKey, String address) {
        Instant now = clock.instant();
        count("account:" + accountKey, now);
        count("address:" + address, now);
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
    }

    @Override
    public void forget(String accountKey) {
        windows.remove("account:" + accountKey);
    }

    private Optional<Duration> blockedFor(String key, int max, Instant now) {
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.end()) || current.failures() < max) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.end()));
    }

    private void count(String key, Instant now) {
        windows.compute(key, (k, current) -> current == null || !now.isBefore(current.end())
                ? new Window(now.plus(window), 1)
                : new Window(current.end(), current.failures() + 1));
    }

    private record Window(Instant end, int failures) {
    }
}
