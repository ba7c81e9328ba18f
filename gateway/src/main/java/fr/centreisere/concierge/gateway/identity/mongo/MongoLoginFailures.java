package fr.centreisere.concierge.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.centreisere.concierge.gateway.identity.LoginFailures;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Failed logins counted in the identity database, so that every gateway instance sees the same
 * counts: one document per key ({@code pair:<account>|<address>}, {@code account:<account>},
 * {@code address:<address>}) with a fixed window (started by the first failure) and a count, changed by
 * conditional updates only ({@link CountingWindows}, which the mail request limits share). Ended windows are removed by {@link #removeEnded()}.
 */
public class MongoLoginFailures implements LoginFailures {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final int maxPerAccountAndAddress;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final CountingWindows windows;

    public MongoLoginFailures(ReactiveMongoTemplate mongo, Clock clock, int maxPerAccountAndAddress, int maxPerAccount,
            int maxPerAddress, Duration window) {
        this.mongo = mongo;
        this.clock = clock;
        this.maxPerAccountAndAddress = maxPerAccountAndAddress;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.windows = new CountingWindows(mongo, window);
    }

    @Override
    public Mono<Duration> blockedFor(String accountKey, String address) {
        Instant now = clock.instant();
        Mono<Optional<LoginFailureDocument>> pair = running(pair(accountKey, address), now);
        Mono<Optional<LoginFailureDocument>> account = running(account(accountKey), now);
        Mono<Optional<LoginFailureDocument>> fromAddress = running(address(address), now);
        return Mono.zip(pair, account, fromAddress).flatMap(found -> {
            Duration wait = Duration.ZERO;
            Optional<LoginFailureDocument> thisPair = found.getT1();
            if (thisPair.isPresent()) {
                if (thisPair.get().failures >= maxPerAccountAndAddress) {
                    wait = longest(wait, Duration.between(now, thisPair.get().windowEnd));
                }
                // the account is under attack: the addresses that failed on it wait, a fresh one never does
                if (found.getT2().filter(doc -> doc.failures >= maxPerAccount).isPresent()) {
                    wait = longest(wait, Duration.between(now, found.getT2().get().windowEnd));
                }
            }
            if (found.getT3().filter(doc -> doc.failures >= maxPerAddress).isPresent()) {
                wait = longest(wait, Duration.between(now, found.getT3().get().windowEnd));
            }
            return wait.isZero() ? Mono.empty() : Mono.just(wait);
        });
    }

    @Override
    public Mono<Integer> recordFailure(String accountKey, String address) {
        Instant now = clock.instant();
        return Mono.when(count(pair(accountKey, address), now), count(address(address), now))
                .then(count(account(accountKey), now));
    }

    @Override
    public Mono<Void> forget(String accountKey, String address) {
        return mongo.remove(query(where("_id").in(account(accountKey), pair(accountKey, address))), LoginFailureDocument.class)
                .then();
    }

    @Override
    public Mono<Void> forgetAccount(String accountKey) {
        return mongo.remove(query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                        where("_id").is(account(accountKey)),
                        where("_id").regex("^" + java.util.regex.Pattern.quote(pair(accountKey, "")))))
                , LoginFailureDocument.class).then();
    }

    /** Removes the windows that have ended (the mail request counts' too: one collection); returns how many. */
    public Mono<Long> removeEnded() {
        return mongo.remove(query(where("windowEnd").lte(clock.instant())), LoginFailureDocument.class)
                .map(result -> result.getDeletedCount());
    }

    private Mono<Optional<LoginFailureDocument>> running(String id, Instant now) {
        return windows.running(id, now);
    }

    private Mono<Integer> count(String id, Instant now) {
        return windows.count(id, now).map(document -> document.failures);
    }

    private static Duration longest(Duration first, Duration second) {
        return first.compareTo(second) >= 0 ? first : second;
    }

    private static String pair(String accountKey, String address) {
        return "pair:" + accountKey + "|" + address;
    }

    private static String account(String accountKey) {
        return "account:" + accountKey;
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
