package fr.centreisere.concierge.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import fr.centreisere.concierge.platform.due.DueSet;
import fr.centreisere.concierge.platform.due.DueSetReconciliation;
import fr.centreisere.concierge.platform.due.DueSetWriters;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.tracing.CarriedTrace;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Sends what one kind of owner's outboxes hold. For each owner with something due: take the first due
 * lane head, claim it with a lease (a conditional update: of two relays one wins; an expired lease is
 * taken over), send it through its destination's {@link OutboxSender}, then settle it — delivered, or
 * failed and retried after {@link Backoff}, or given up per the destination's {@link GiveUp} — through
 * the destination's {@link Settlement}. A lane's next message leaves only once the previous is
 * settled; messages waiting behind a head that is not due are deferred to the head's due time, so that
 * a round does not read them again. A relay that dies mid-way leaves a lease that expires: the message
 * is sent again, which the receiver's idempotency (by message id) absorbs.
 *
 * <p>Which owners have something pending is kept in a small due set ({@link DueSet}, {@code
 * due_<collection>_<path>}): the owner's repository marks the owner right after the write that added a
 * message, the relay forgets it once nothing is pending, so that a round reads the due set, never the
 * owners' collection, whose history grows. With {@code deliverOnWrite}, a mark also hands the owner to the
 * relay's thread at once (after the write, asynchronously); without it the caller delivers itself
 * ({@link #deliver}). What a crash between a write and its mark left out is found by reconciling the due
 * set with the collection (reading it whole): only when an instance of the relay died without stopping, or
 * once for a store that kept no record of them ({@link DueSetWriters}), not at every start.
 *
 * <p>As a Spring bean it runs rounds when {@code enabled}, each scheduled by what the last one saw: at the
 * due set's soonest due time, no sooner than {@code interval} and no later than {@code quiet-interval}; a
 * mark of this process or a retry this relay settled brings the next round forward (never sooner than
 * {@code interval}), so that an idle relay reads its due set every {@code quiet-interval} instead of
 * every {@code interval} (issue 15: the idle stack), while its own work keeps its pace. {@link #deliver}
 * sends one owner's messages at once (after the write that added them). An owner may also send a
 * message itself: written {@link #leasedToOwner leased} in the write that adds it, sent, then
 * {@link #settledAfter settled} in its next write, as this relay would (no claim, no extra read).
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int ERROR_LENGTH = 300;

    /** A destination: who sends its messages, when they are given up, how they are retried and settled. */
    public record Destination(String name, OutboxSender sender, GiveUp giveUp, @Nullable Backoff backoff,
            @Nullable Settlement settlement) {

        public Destination {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(giveUp, "giveUp");
        }

        public static Destination of(String name, OutboxSender sender) {
            return new Destination(name, sender, GiveUp.never(), null, null);
        }

        public Destination givingUp(GiveUp policy) {
            return new Destination(name, sender, policy, backoff, settlement);
        }

        public Destination retrying(Backoff other) {
            return new Destination(name, sender, giveUp, other, settlement);
        }

        public Destination settledBy(Settlement other) {
            return new Destination(name, sender, giveUp, backoff, other);
        }
    }

    private final MongoOutboxStore store;
    private final OutboxSettings settings;
    private final Map<String, Destination> destinations;
    private final Clock clock;
    private final RandomGenerator random;
    private final String name;
    private final DueSet due;
    private final boolean deliverOnWrite;
    private final DueSetReconciliation reconciliation;
    private @Nullable ScheduledExecutorService rounds;
    private boolean listening;
    /** The next round, and when it runs (the clock's time): a sooner need reschedules it. */
    private @Nullable ScheduledFuture<?> nextRound;
    private Instant nextRoundAt = Instant.MAX;

    private OutboxRelay(MongoOutboxStore store, OutboxSettings settings, Map<String, Destination> destinations,
            Clock clock, RandomGenerator random, DueSet due, boolean deliverOnWrite, MongoTemplate mongo) {
        this.store = store;
        this.due = due;
        this.deliverOnWrite = deliverOnWrite;
        this.settings = settings;
        this.destinations = Map.copyOf(destinations);
        this.clock = clock;
        this.random = random;
        this.name = "outbox-" + store.layout().collection() + "-" + store.layout().path();
        this.reconciliation = new DueSetReconciliation(new DueSetWriters(mongo, store.layout().dueSetName(), clock),
                name, this::reconcile);
    }

    /**
     * For a store whose due set is complete without any relay having run (the generated volume, written with its
     * marks): the relay's first start there does not read the owners' whole collection.
     */
    public static void markDueSetComplete(MongoTemplate mongo, OutboxLayout layout, Clock clock) {
        DueSetWriters.markComplete(mongo, layout.dueSetName(), clock);
    }

    public static Builder builder(MongoTemplate mongo, OutboxLayout layout) {
        return new Builder(mongo, new MongoOutboxStore(mongo, layout));
    }

    /** The owners with a message pending (marked by the owner's repository, forgotten once delivered). */
    public DueSet due() {
        return due;
    }

    public MongoOutboxStore store() {
        return store;
    }

    public OutboxSettings settings() {
        return settings;
    }

    /**
     * One round: every owner of the due set that is due (the owners' collection is not read).
     *
     * @return how many messages were settled for good
     */
    public int deliverDue() {
        return deliverDueRound().settled();
    }

    /** What a round did, and when the soonest key it saw but left is due (null: none left). */
    private record Round(int settled, @Nullable Instant soonestLeft) {
    }

    private Round deliverDueRound() {
        Instant now = clock.instant();
        int settled = 0;
        int looked = 0;
        @Nullable Instant soonestLeft = null;
        for (DueSet.Entry entry : due.soonest(settings.batchSize())) {
            if (entry.dueAt().isAfter(now)) {
                soonestLeft = entry.dueAt();
                break;
            }
            looked++;
            settled += deliverQuietly(entry.key());
        }
        if (looked == settings.batchSize()) {
            soonestLeft = now; // a full batch: more may be due
        }
        return new Round(settled, soonestLeft);
    }

    /**
     * Marks in the due set every owner of the collection with an unsettled message (reads the whole
     * collection: once, at start, for what a crash between a write and its mark left out).
     *
     * @return how many owners were marked
     */
    public int reconcile() {
        int[] marked = { 0 };
        store.forEachPending((ownerId, outbox) -> {
            Instant next = outbox.dueAt();
            if (next != null && due.markQuietly(ownerId, next)) {
                marked[0]++;
            }
        });
        return marked[0];
    }

    /** As {@link #deliver}, never throwing: what fails stays in the outbox for a later round. */
    public int deliverQuietly(String ownerId) {
        try {
            return deliver(ownerId);
        } catch (RuntimeException e) {
            log.warn("{}: delivery for {} interrupted ({}); a later round goes on", name, ownerId, e.toString());
            return 0;
        }
    }

    /**
     * Sends this owner's due messages, lane heads one after the other.
     *
     * @return how many were delivered or given up
     */
    public int deliver(String ownerId) {
        Optional<DueSet.Entry> marked = due.entry(ownerId);
        int settled = 0;
        @Nullable Outbox last = null;
        for (int i = 0; i < settings.maxPerOwner(); i++) {
            Optional<Outbox> outbox = store.load(ownerId);
            if (outbox.isEmpty()) {
                last = Outbox.empty();
                break;
            }
            Instant now = clock.instant();
            Optional<OutboxMessage> next = outbox.get().nextDue(now);
            if (next.isEmpty()) {
                deferWaiting(ownerId, outbox.get(), now);
                last = outbox.get();
                break;
            }
            Optional<OutboxMessage> claimed = store.claim(ownerId, next.get(), UUID.randomUUID().toString(),
                    now.plus(settings.lease()));
            if (claimed.isEmpty()) {
                continue; // another relay took it, or it changed: look again
            }
            Sent done = send(ownerId, claimed.get());
            if (done.message().settled()) {
                settled++;
            }
            if (done.stored()) {
                // what the owner holds now is known without reading it again: stop here when nothing else is due
                // (a message added meanwhile marked the owner again, which keeps it in the due set)
                Outbox after = outbox.get();
                after.replace(done.message().id(), m -> done.message());
                if (after.nextDue(clock.instant()).isEmpty()) {
                    deferWaiting(ownerId, after, clock.instant());
                    last = after;
                    break;
                }
            }
        }
        if (last == null) {
            last = store.load(ownerId).orElse(Outbox.empty());
        }
        // deferred messages wait for their head: the owner is next due when its earliest head is
        Instant nextDue = last.dueAt();
        due.settle(ownerId, marked, nextDue);
        if (nextDue != null) {
            roundBy(nextDue); // a retry of this relay's: a round at its time, not a quiet interval later
        }
        return settled;
    }

    /** A message sent and settled; {@code stored}: this relay's settlement is known to be what is stored. */
    private record Sent(OutboxMessage message, boolean stored) {
    }

    private Sent send(String ownerId, OutboxMessage claimed) {
        Destination destination = destinations.get(claimed.destination());
        SendResult result;
        if (destination == null) {
            result = SendResult.failed(null, "no sender for destination " + claimed.destination());
        } else {
            // the delivery goes on with the trace the message was written under (its call and its logs carry it)
            try (CarriedTrace.Resumed trace = CarriedTrace.resume(claimed.traceparent(), claimed.requestId(),
                    "outbox " + claimed.destination())) {
                result = Objects.requireNonNull(destination.sender().send(ownerId, claimed), "send result");
            } catch (RuntimeException e) {
                result = SendResult.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        OutboxMessage settled = settledAfter(claimed, result);
        if (destination != null && destination.settlement() != null) {
            destination.settlement().settle(ownerId, claimed, settled); // the owner's own write: read it again
            return new Sent(settled, false);
        }
        return new Sent(settled, store.settleIfHeld(ownerId, claimed, settled));
    }

    // --- an owner that sends a message itself, right after the write that adds it ---------------

    /**
     * The message as the owner's write should store it when the owner sends it itself right after that
     * write: already held with a lease, so that no round sends it meanwhile and the owner needs no claim
     * of its own (one write less); should the owner die before settling it, the lease expires and a
     * round sends it.
     */
    public OutboxMessage leasedToOwner(OutboxMessage pending) {
        return pending.claimed(UUID.randomUUID().toString(), clock.instant().plus(settings.lease()));
    }

    /**
     * What a round stores after sending {@code claimed} with {@code result}: delivered with its answer,
     * or failed and retried after the backoff, or given up per its destination's policy. The owner
     * writes it in its own change (conditional on the lease token), as a {@link Settlement} would.
     */
    public OutboxMessage settledAfter(OutboxMessage claimed, SendResult result) {
        Instant now = clock.instant();
        return result instanceof SendResult.Delivered delivered
                ? claimed.delivered(now, delivered.answer())
                : failed(claimed, (SendResult.Failed) result, destinations.get(claimed.destination()), now);
    }

    private OutboxMessage failed(OutboxMessage claimed, SendResult.Failed failure, @Nullable Destination destination,
            Instant now) {
        String error = shorten(failure.error());
        int attempts = claimed.attempts() + 1;
        if (destination != null && destination.giveUp().now(claimed, attempts, failure)) {
            log.warn("{}: {} {} of {} given up after {} attempt(s): {}", name, claimed.kind(), claimed.id(), claimed.destination(),
                    attempts, error);
            return claimed.gaveUp(now, failure.status(), error);
        }
        Backoff backoff = destination == null || destination.backoff() == null ? settings.backoff()
                : destination.backoff();
        if (attempts >= settings.attentionAfter()) {
            log.warn("{}: {} {} to {} not delivered after {} attempts: {}", name, claimed.kind(), claimed.id(),
                    claimed.destination(), attempts, error);
        }
        return claimed.failed(failure.status(), error, now.plus(backoff.after(attempts, random)));
    }

    /**
     * Messages waiting behind a head that waits for its retry are not due before it (so rounds do not
     * read them again). Not behind a head being sent: its relay goes on with the next one itself.
     */
    private void deferWaiting(String ownerId, Outbox outbox, Instant now) {
        for (OutboxMessage head : outbox.heads()) {
            if (head.claimedAt(now) || !head.nextAttemptAt().isAfter(now)) {
                continue;
            }
            boolean behind = false;
            for (OutboxMessage message : outbox.messages()) {
                if (message.id().equals(head.id())) {
                    behind = true;
                } else if (behind && message.lane().equals(head.lane()) && !message.settled()
                        && message.nextAttemptAt().isBefore(head.nextAttemptAt())) {
                    store.defer(ownerId, message, head);
                }
            }
        }
    }

    /** What needs attention in this kind of owner, oldest first. */
    public List<StuckMessage> needingAttention(int limit) {
        return store.needingAttention(settings.attentionAfter(), limit);
    }

    private static String shorten(@Nullable String text) {
        String said = text == null ? "" : text;
        return said.length() > ERROR_LENGTH ? said.substring(0, ERROR_LENGTH) : said;
    }

    // --- running rounds ---------------------------------------------------------------------------

    @Override
    public synchronized void start() {
        if (!settings.enabled() || rounds != null) {
            return;
        }
        rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        rounds.execute(this::registerQuietly);
        if (!listening) {
            listening = true;
            // a mark of this process: delivered at once (or by its writer), and a round within an interval
            // catches it should that delivery not happen (as when rounds ran every interval)
            due.onMarked(deliverOnWrite ? this::deliverSoon : ownerId -> roundBy(clock.instant()));
        }
        nextRoundAt = Instant.MAX;
        roundBy(clock.instant()); // the first round an interval after the start
        long heartbeat = DueSetWriters.HEARTBEAT.toMillis();
        rounds.scheduleWithFixedDelay(this::heartbeatQuietly, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    private void registerQuietly() {
        try {
            due.ensureIndexes();
        } catch (RuntimeException e) {
            log.warn("{}: could not create its due set's index ({})", name, e.toString());
        }
        reconciliation.start();
    }

    /** Package-private for the tests (which cannot wait for a minute of real time). */
    void heartbeatQuietly() {
        reconciliation.heartbeat();
    }

    /** A mark of this process: the owner's messages leave on the relay's thread, after the caller's write. */
    private synchronized void deliverSoon(String ownerId) {
        if (rounds != null) {
            try {
                rounds.execute(() -> deliverQuietly(ownerId));
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // stopping: the due set keeps the owner for the next start
            }
        }
    }

    /**
     * A round by {@code dueAt}, but no sooner than an interval from now: brings the next round forward when it
     * is later, leaves it when it is sooner.
     */
    private synchronized void roundBy(Instant dueAt) {
        if (rounds == null) {
            return;
        }
        Instant now = clock.instant();
        Instant at = latest(dueAt, now.plus(settings.interval()));
        if (nextRound != null && !nextRound.isDone() && !at.isBefore(nextRoundAt)) {
            return;
        }
        if (nextRound != null) {
            nextRound.cancel(false); // not running: a running round has cleared nextRound
        }
        try {
            nextRound = rounds.schedule(this::round, Duration.between(now, at).toMillis(), TimeUnit.MILLISECONDS);
            nextRoundAt = at;
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // stopping: no more rounds
        }
    }

    private void round() {
        synchronized (this) {
            nextRound = null; // this one runs: what happens meanwhile schedules the next
            nextRoundAt = Instant.MAX;
        }
        Instant quietUntil = clock.instant().plus(settings.quietInterval());
        Instant next = quietUntil;
        try {
            Round round = deliverDueRound();
            if (round.settled() > 0) {
                log.info("{}: {} message(s) delivered or settled", name, round.settled());
            }
            if (round.soonestLeft() != null && round.soonestLeft().isBefore(quietUntil)) {
                next = round.soonestLeft();
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next round tries again, an interval later
            log.warn("{}: round failed: {}", name, e.toString());
            next = clock.instant();
        }
        roundBy(next);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public synchronized void stop() {
        if (rounds != null) {
            rounds.shutdownNow();
            rounds = null;
            nextRound = null;
            nextRoundAt = Instant.MAX;
            reconciliation.stop();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }

    /** Builds a relay: the store's layout, the settings, one {@link Destination} per destination. */
    public static final class Builder {

        private final MongoTemplate mongo;
        private final MongoOutboxStore store;
        private @Nullable DueSets dueSets;
        private boolean deliverOnWrite = true;
        private OutboxSettings settings = OutboxSettings.defaults();
        private final Map<String, Destination> destinations = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = RandomGenerator.getDefault();

        private Builder(MongoTemplate mongo, MongoOutboxStore store) {
            this.mongo = mongo;
            this.store = store;
        }

        /** The service's due sets, shared with the repository that marks the owners (its marks wake the relay). */
        public Builder dueSets(DueSets value) {
            this.dueSets = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Whether a mark of this process hands the owner to the relay's thread at once (default); false where
         * the writer delivers itself right after its write (its answer is in what its caller sees).
         */
        public Builder deliverOnWrite(boolean value) {
            this.deliverOnWrite = value;
            return this;
        }

        public Builder settings(OutboxSettings value) {
            this.settings = Objects.requireNonNull(value);
            return this;
        }

        public Builder destination(Destination destination) {
            destinations.put(destination.name(), destination);
            return this;
        }

        public Builder destination(String name, OutboxSender sender, GiveUp giveUp) {
            return destination(Destination.of(name, sender).givingUp(giveUp));
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value);
            return this;
        }

        public OutboxRelay build() {
            if (destinations.isEmpty()) {
                throw new IllegalStateException("a relay needs at least one destination");
            }
            DueSets sets = dueSets == null ? new DueSets(mongo) : dueSets;
            return new OutboxRelay(store, settings, destinations, clock, random,
                    sets.named(store.layout().dueSetName()), deliverOnWrite, mongo);
        }
    }
}
