package fr.centreisere.concierge.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@value #WAITING}: per outbox of the service (tag {@code outbox}, its due set's name, e.g.
 * {@code orders_outbox}), how many owners have a message waiting — not yet delivered nor given up, due now
 * or waiting for its retry. Read from the outbox's due set at each scrape: a count of what is pending, never
 * of the owners' collection, so its cost does not grow with the history. The database away, the gauge has
 * no value (NaN) until it answers again.
 */
public final class OutboxMeters implements MeterBinder {

    public static final String WAITING = "concierge.outbox.waiting";

    private static final Logger log = LoggerFactory.getLogger(OutboxMeters.class);

    private final ObjectProvider<OutboxRelay> relays;

    public OutboxMeters(ObjectProvider<OutboxRelay> relays) {
        this.relays = relays;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        relays.orderedStream().forEach(relay -> Gauge.builder(WAITING, relay, OutboxMeters::waiting)
                .tag("outbox", relay.store().layout().dueSetName())
                .description("Owners (orders, jobs, mails...) with a message of this outbox not yet delivered nor given up")
                .register(registry));
    }

    private static double waiting(OutboxRelay relay) {
        try {
            return relay.due().size();
        } catch (RuntimeException databaseAway) {
            log.debug("{} not counted: {}", relay.due().collection(), databaseAway.toString());
            return Double.NaN;
        }
    }
}
