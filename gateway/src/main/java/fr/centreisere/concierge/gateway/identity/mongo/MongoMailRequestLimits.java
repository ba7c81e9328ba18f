package fr.centreisere.concierge.gateway.identity.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import fr.centreisere.concierge.gateway.identity.MailRequestLimits;
import fr.centreisere.concierge.gateway.identity.TooManyMailRequests;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * Mail requests counted beside the failed logins ({@link CountingWindows}, keys {@code mail-email:<e-mail>}
 * and {@code mail-address:<ip>}). A request past either limit is refused and waits for the end of the
 * window; it still counts, so that hammering never shortens the wait.
 */
public class MongoMailRequestLimits implements MailRequestLimits {

    private final CountingWindows windows;
    private final Clock clock;
    private final int maxPerEmail;
    private final int maxPerAddress;

    public MongoMailRequestLimits(ReactiveMongoTemplate mongo, Clock clock, int maxPerEmail, int maxPerAddress,
            Duration window) {
        this.windows = new CountingWindows(mongo, window);
        this.clock = clock;
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
    }

    @Override
    public Mono<Void> count(String emailKey, String clientAddress) {
        Instant now = clock.instant();
        return Mono.zip(windows.count("mail-email:" + emailKey, now), windows.count("mail-address:" + clientAddress, now))
                .flatMap(counted -> {
                    Duration wait = Duration.ZERO;
                    if (counted.getT1().failures > maxPerEmail) {
                        wait = Duration.between(now, counted.getT1().windowEnd);
                    }
                    if (counted.getT2().failures > maxPerAddress) {
                        Duration address = Duration.between(now, counted.getT2().windowEnd);
                        wait = address.compareTo(wait) > 0 ? address : wait;
                    }
                    return wait.isZero() || wait.isNegative() ? Mono.<Void>empty() : Mono.error(new TooManyMailRequests(wait));
                });
    }
}
