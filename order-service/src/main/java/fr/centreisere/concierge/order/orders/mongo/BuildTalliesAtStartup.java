package fr.centreisere.concierge.order.orders.mongo;

import java.time.Clock;

import fr.centreisere.concierge.platform.fill.FillJvm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A store written before the per-day tallies has none: once the service is ready, they are built from every
 * stored order, once (the {@link OrderDayTallies#BUILT} mark then says so), in the background; until then a
 * period's report counts with its aggregation, so its answers are always right. Safe beside the orders'
 * writes and a second instance (each entry is set by its version). Not in the fill's JVM: the fill keeps the
 * tallies itself.
 */
@Component
@Profile("!" + FillJvm.PROFILE)
class BuildTalliesAtStartup {

    private static final Logger log = LoggerFactory.getLogger(BuildTalliesAtStartup.class);

    private final OrderDayTallies tallies;

    BuildTalliesAtStartup(MongoTemplate mongo, Clock clock) {
        this.tallies = new OrderDayTallies(mongo, clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildInTheBackground() {
        Thread thread = new Thread(this::buildIfMissing, "build-order-tallies");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return whether they were built now */
    boolean buildIfMissing() {
        try {
            if (tallies.isBuilt()) {
                return false;
            }
            long started = System.nanoTime();
            long tallied = tallies.build();
            log.info("order tallies built from {} stored order(s) ({} ms)", tallied, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            // the report keeps its aggregation; the next start tries again
            log.warn("order tallies not built: {}", e.getMessage());
            return false;
        }
    }
}
