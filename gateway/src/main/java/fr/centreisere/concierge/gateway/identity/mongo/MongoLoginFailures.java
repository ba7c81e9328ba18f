package fr.centreisere.concierge.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import fr.centreisere.concierge.gateway.identity.LoginFailures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Failed logins counted in the identity database, so that every gateway instance sees the same
 * counts: one document per key with a fixed window (started by the first failure) and a count,
 * changed by conditional updates only. Ended windows are removed by {@link #removeEnded()}.
 */
public class MongoLoginFailures implements LoginFailures {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    public MongoLoginFailures(ReactiveMongoTemplate mongo, Clock clock, int maxPerAccount, int maxPerAddress,
            Duration window) {
        this.mongo = mongo;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    @Override
    public Mono<Duration> blockedFor(String accountKey, String address) {
        Instant now = clock.instant();
        return Flux.merge(blockedFor(account(accountKey), maxPerAccount, now), blockedFor(address(address), maxPerAddress, now))
                .reduce((first, second) -> first.compareTo(second) >= 0 ? first : second);
    }

    @Override
    public Mono<Void> recordFailure(String accountKey, String address) {
        Instant now = clock.instant();
        return Mono.when(count(account(accountKey), now), count(address(address), now));
    }

    @Override
    public Mono<Void> forget(String accountKey) {
        return mongo.remove(query(where("_id").is(account(accountKey))), LoginFailureDocument.class).then();
    }

    /** Removes the windows that have ended; returns how many. */
    public Mono<Long> removeEnded() {
        return mongo.remove(query(where("windowEnd").lte(clock.instant())), LoginFailureDocument.class)
                .map(result -> result.getDeletedCount());
    }

    private Mono<Duration> blockedFor(String id, int max, Instant now) {
        return mongo.findById(id, LoginFailureDocument.class)
                .filter(document -> now.isBefore(document.windowEnd) && document.failures >= max)
                .map(document -> Duration.between(now, document.windowEnd));
    }

    /** One more failure in the running window, or a new window; two first failures at once both count. */
    private Mono<Void> count(String id, Instant now) {
        return increment(id, now).flatMap(counted -> counted ? Mono.<Void>empty() : startWindow(id, now)
                .onErrorResume(DuplicateKeyException.class, raced -> increment(id, now).then()));
    }

    private Mono<Boolean> increment(String id, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id).and("windowEnd").gt(now)), new Update().inc("failures", 1),
                LoginFailureDocument.class).map(result -> result.getMatchedCount() > 0);
    }

    private Mono<Void> startWindow(String id, Instant now) {
        return mongo.upsert(query(where("_id").is(id).and("windowEnd").lte(now)),
                new Update().set("windowEnd", now.plus(window)).set("failures", 1), LoginFailureDocument.class).then();
    }

    private static String account(String accountKey) {
        return "account:" + accountKey;
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
