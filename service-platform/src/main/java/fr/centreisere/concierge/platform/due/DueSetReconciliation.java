package fr.centreisere.concierge.platform.due;

import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a due set complete across crashes without reading the collection it stands for at every start: this
 * instance registers among the due set's {@link DueSetWriters} at start, beats with them every
 * {@link DueSetWriters#HEARTBEAT}, and leaves at a clean stop; the reconciliation (the whole collection read, what
 * is due marked) runs only when a writer died without stopping, or once for a store that kept no record of its
 * writers. A reconciliation that failed (the store away) is tried again at the next heartbeat. Used by every
 * outbox relay and by provider-service's open offers.
 */
public final class DueSetReconciliation {

    private static final Logger log = LoggerFactory.getLogger(DueSetReconciliation.class);

    private final DueSetWriters writers;
    private final String name;
    private final IntSupplier reconcile;
    /** Set when a reconciliation is owed (a writer died, no record yet), cleared once one succeeded. */
    private volatile boolean owed;

    /**
     * @param name      for the logs (the relay's, the schedule's)
     * @param reconcile reads the collection and marks what is due; returns how many it marked
     */
    public DueSetReconciliation(DueSetWriters writers, String name, IntSupplier reconcile) {
        this.writers = writers;
        this.name = name;
        this.reconcile = reconcile;
    }

    /** At start, once the due set's indexes exist: registers, and reconciles if a writer died or none was recorded. */
    public void start() {
        try {
            owed = writers.register();
        } catch (RuntimeException e) {
            owed = true; // the store away at start: whether a writer died is not known yet
            log.warn("{}: could not record its instance ({}); the next heartbeat tries again", name, e.toString());
        }
        reconcileIfOwed();
    }

    /** Every {@link DueSetWriters#HEARTBEAT}: this instance is alive; a writer found dead means a reconciliation. */
    public void heartbeat() {
        try {
            if (writers.heartbeat()) {
                owed = true;
            }
        } catch (RuntimeException e) {
            log.warn("{}: heartbeat failed ({}); the next one tries again", name, e.toString());
        }
        reconcileIfOwed();
    }

    /** A clean stop: the next start need not reconcile. */
    public void stop() {
        try {
            writers.unregister();
        } catch (RuntimeException e) {
            log.warn("{}: could not remove its instance's record ({}); it will be taken for dead", name, e.toString());
        }
    }

    private void reconcileIfOwed() {
        if (!owed) {
            return;
        }
        try {
            int marked = reconcile.getAsInt();
            owed = false;
            log.info("{}: due set reconciled with its collection (a writer had died, or none was recorded): {} marked due",
                    name, marked);
        } catch (RuntimeException e) {
            log.warn("{}: reconciliation of the due set failed ({}); the marks of new writes still count, the next "
                    + "heartbeat tries again", name, e.toString());
        }
    }
}
