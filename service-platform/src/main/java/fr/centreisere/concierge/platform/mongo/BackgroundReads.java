package fr.centreisere.concierge.platform.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;

/**
 * A read that goes through a collection by design, in the background, not under anyone's request (a
 * month's closing reads every order completed in it): it may take longer than the driver's 3-s socket
 * timeout ({@link MongoTimeouts}), which is right for a request and wrong for it. On the embedded store
 * such a read of 100,000 orders takes tens of seconds; given up at 3 s and retried, it was read again and
 * again while the store was still busy with the first one (issue 15: the first start after a large fill).
 * The driver's operation timeout ({@code timeoutMS}, set here per collection) replaces the socket
 * timeout for these reads alone.
 */
public final class BackgroundReads {

    /** Long enough for a whole collection of a year's data on the embedded store, short of a hang. */
    public static final Duration TIMEOUT = Duration.ofMinutes(2);

    private BackgroundReads() {
    }

    /** The same collection, its operations given {@link #TIMEOUT} in all instead of the socket timeout. */
    public static <T> MongoCollection<T> of(MongoCollection<T> collection) {
        return collection.withTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
