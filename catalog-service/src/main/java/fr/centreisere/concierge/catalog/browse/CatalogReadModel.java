package fr.centreisere.concierge.catalog.browse;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import fr.centreisere.concierge.catalog.offering.AllOfferings;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog held in memory for searches: small (tens of services, 78 communes, one coverage snapshot) and read
 * far more often than written. Kept current three ways:
 * <ul>
 * <li>a change made through this instance raises the store's {@link CatalogVersion} and the next read rebuilds
 * the snapshot before answering (the writer sees its own change at once);</li>
 * <li>a change made by another instance is seen once this instance finds the store's version moved: a read
 * by id, made by one request at most every {@code checkInterval};</li>
 * <li>whatever happens, the snapshot is rebuilt after {@code maxAge} (a change written without raising the
 * version, e.g. by hand in the database).</li>
 * </ul>
 */
public class CatalogReadModel {

    private static final Logger log = LoggerFactory.getLogger(CatalogReadModel.class);

    private final AllOfferings offerings;
    private final Communes communes;
    private final KnownCoverage coverage;
    private final CatalogVersion version;
    private final Clock clock;
    private final long checkIntervalMillis;
    private final long maxAgeMillis;

    private volatile CatalogSnapshot snapshot;
    /** When the store's version was last read (or the snapshot last built). */
    private volatile long checkedAt;
    /** The highest version this instance's own changes reached: a snapshot below it is out of date. */
    private final AtomicLong changedHereUpTo = new AtomicLong(-1);
    private final AtomicBoolean checking = new AtomicBoolean();
    private final ReentrantLock rebuilding = new ReentrantLock();

    public CatalogReadModel(AllOfferings offerings, Communes communes, KnownCoverage coverage, CatalogVersion version,
            Clock clock, Duration checkInterval, Duration maxAge) {
        this.offerings = offerings;
        this.communes = communes;
        this.coverage = coverage;
        this.version = version;
        this.clock = clock;
        this.checkIntervalMillis = checkInterval.toMillis();
        this.maxAgeMillis = maxAge.toMillis();
    }

    /** The catalog as searches see it now. */
    CatalogSnapshot current() {
        CatalogSnapshot known = snapshot;
        if (known == null || known.version() < changedHereUpTo.get()) {
            return rebuild(known);
        }
        long now = clock.millis();
        if (now - checkedAt >= checkIntervalMillis && checking.compareAndSet(false, true)) {
            try {
                return check(known, now);
            } finally {
                checking.set(false);
            }
        }
        return known;
    }

    /** Called after this instance changed the catalog in the store: raises the version, so every instance rebuilds. */
    void changed() {
        long raised = version.raise();
        changedHereUpTo.accumulateAndGet(raised, Math::max);
    }

    /** The next read asks the store's version at once (a write found the snapshot out of date). */
    void checkSoon() {
        checkedAt = Long.MIN_VALUE / 2;
    }

    private CatalogSnapshot check(CatalogSnapshot known, long now) {
        // the store away fails this read like any other (a 503, as every service answers then: issue 12) and
        // leaves checkedAt as it was, so the next read asks again rather than serve a catalog nobody can check
        long stored = version.current();
        checkedAt = now;
        if (stored != known.version() || now - known.loadedAt() >= maxAgeMillis) {
            return rebuild(known);
        }
        return known;
    }

    private CatalogSnapshot rebuild(CatalogSnapshot seen) {
        rebuilding.lock();
        try {
            CatalogSnapshot latest = snapshot;
            if (latest != seen && latest != null && latest.version() >= changedHereUpTo.get()) {
                return latest; // another request rebuilt it meanwhile
            }
            // the version first: a change written while the data is read makes the next check rebuild again
            long at = version.current();
            long now = clock.millis();
            CatalogSnapshot built = new CatalogSnapshot(at, now, offerings.all(),
                    communes.find(CommuneFilter.all(), 0, (int) Math.max(1, communes.count(CommuneFilter.all()))),
                    coverage.latest());
            snapshot = built;
            checkedAt = now;
            log.debug("Catalog read model rebuilt at version {}", at);
            return built;
        } finally {
            rebuilding.unlock();
        }
    }
}
