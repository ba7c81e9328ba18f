package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One turn of the rotation, decided once: read the month's account, rank the members who may take
 * the job, take the winner's place (a conditional write below its capacity), then record the decision
 * — together with what happened to the job's previous holder — over the version of the account that
 * was read. If another turn recorded first, the place is given back and the turn is played again on
 * the new account; if the winner's last place went meanwhile, the turn is played again without it.
 * So concurrent turns never pick the same winner from the same account, and never exceed a capacity.
 *
 * <p>Within one instance, the turns on one account are played one after the other (a lock per category
 * and month, issue 15): concurrent dispatches of a category all read the same version, so that all but
 * one lost the race, gave their place back, slept and played again — most of the store's writes and of
 * the latency under load went into lost races. The version check stays what makes turns safe (several
 * instances, a turn that outlives the lock's wait); the lock only spares the races it can see.
 */
public class Turns {

    private static final int ATTEMPTS = 200;
    /** How long a turn waits for its account's lock before playing against the version check alone. */
    private static final long LOCK_WAIT_MILLIS = 2_000;

    private final RotationLedgers ledgers;
    private final Eligibility eligibility;
    private final Places places;
    private final ConcurrentMap<String, ReentrantLock> accounts = new ConcurrentHashMap<>();

    public Turns(RotationLedgers ledgers, Eligibility eligibility, Places places) {
        this.ledgers = ledgers;
        this.eligibility = eligibility;
        this.places = places;
    }

    /** The rotation's turn for this job: its winner's place is held, the decision recorded; no winner if nobody may take it. */
    public DispatchDecision play(OrderRef order, String jobId, Set<String> refusers, LedgerCorrection correction,
            Instant now) {
        return decideAndRecord(order.category(), correction, now, (ledger) -> {
            Eligibility.Field field = eligibility.evaluate(order, refusers);
            boolean coversRefusal = correction.kind() == LedgerCorrection.Kind.REFUSED;
            DispatchDecision decision = FairRotation.decide(ledger, field, now, coversRefusal);
            if (decision.winner() == null) {
                return decision;
            }
            int capacity = field.contender(decision.winner()).orElseThrow().capacity();
            return places.take(PlaceKey.of(decision.winner(), order), jobId, capacity) ? decision : null;
        }, order, jobId);
    }

    /**
     * A coordinator's choice, counted in the rotation like any turn. A member that fits takes a free
     * place (none left: {@link MemberDoesNotFit} DAY_FULL); with {@code overrideReason} the place is taken
     * whatever the capacity.
     */
    public DispatchDecision choose(OrderRef order, String jobId, Contender chosen, Set<String> refusers,
            String decidedBy, String overrideReason, boolean counted, LedgerCorrection correction, Instant now) {
        return decideAndRecord(order.category(), correction, now, (ledger) -> {
            Eligibility.Field field = eligibility.evaluate(order, refusers);
            DispatchDecision decision = FairRotation.choose(ledger, field, chosen, decidedBy, overrideReason, counted, now);
            PlaceKey place = PlaceKey.of(chosen.memberId(), order);
            if (overrideReason != null) {
                places.force(place, jobId);
                return decision;
            }
            if (!places.take(place, jobId, chosen.capacity())) {
                throw new MemberDoesNotFit(chosen.memberId(), java.util.List.of(Exclusion.DAY_FULL));
            }
            return decision;
        }, order, jobId);
    }

    /**
     * The job could not be written after the turn (it changed meanwhile): the turn is taken back — the
     * winner's place given back, the decision and the correction reverted in the account.
     */
    public void takeBack(DispatchDecision decision, OrderRef order, String jobId, LedgerCorrection correction) {
        takeBack(decision, order, jobId, correction, false);
    }

    /** As {@link #takeBack(DispatchDecision, OrderRef, String, LedgerCorrection)}; {@code keepPlace} when the stored job holds that very place. */
    public void takeBack(DispatchDecision decision, OrderRef order, String jobId, LedgerCorrection correction,
            boolean keepPlace) {
        if (decision.winner() != null) {
            if (!keepPlace) {
                places.giveBack(PlaceKey.of(decision.winner(), order), jobId);
            }
            change(decision.category(), decision.month(), ledger -> {
                RotationLedger reverted = ledger.unrecord(decision);
                return correction.appliesTo(decision.category(), decision.month()) ? correction.revert(reverted) : reverted;
            });
        }
        if (correction.kind() != LedgerCorrection.Kind.NONE
                && !correction.appliesTo(decision.category(), decision.month())) {
            change(correction.category(), correction.month(), correction::revert);
        }
    }

    /** A correction alone (the job was cancelled, or nobody is left to offer it to after a refusal in another month). */
    public void correct(LedgerCorrection correction) {
        if (correction.kind() != LedgerCorrection.Kind.NONE) {
            change(correction.category(), correction.month(), correction::apply);
        }
    }

    private DispatchDecision decideAndRecord(String category, LedgerCorrection correction, Instant now,
            Function<RotationLedger, DispatchDecision> decideOn, OrderRef order, String jobId) {
        YearMonth month = RotationLedger.monthOf(now);
        ReentrantLock account = accounts.computeIfAbsent(category + ":" + month, key -> new ReentrantLock());
        boolean locked = lock(account);
        try {
            return decideAndRecord(category, month, correction, decideOn, order, jobId);
        } finally {
            if (locked) {
                account.unlock();
            }
        }
    }

    /** Waits a bounded time for the account's lock (none: the turn goes on, the version check keeps it safe). */
    private static boolean lock(ReentrantLock account) {
        try {
            return account.tryLock(LOCK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RotationBusy("interrupted", null);
        }
    }

    private DispatchDecision decideAndRecord(String category, YearMonth month, LedgerCorrection correction,
            Function<RotationLedger, DispatchDecision> decideOn, OrderRef order, String jobId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RotationLedger read = ledgers.of(category, month);
            boolean sameAccount = correction.appliesTo(category, month);
            RotationLedger base = sameAccount ? correction.apply(read) : read;
            DispatchDecision decision = decideOn.apply(base);
            if (decision == null) {
                continue; // the winner's last place was taken meanwhile: play again, it is full now
            }
            RotationLedger next = base.record(decision);
            if (next.equals(read) || ledgers.save(next)) {
                if (!sameAccount) {
                    correct(correction);
                }
                return decision;
            }
            if (decision.winner() != null) {
                places.giveBack(PlaceKey.of(decision.winner(), order), jobId);
            }
            pause(attempt);
        }
        throw new RotationBusy(category, month);
    }

    private void change(String category, YearMonth month, java.util.function.UnaryOperator<RotationLedger> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (ledgers.save(change.apply(ledgers.of(category, month)))) {
                return;
            }
            pause(attempt);
        }
        throw new RotationBusy(category, month);
    }

    /** After a lost race, wait a little (longer as races repeat) so that racing turns spread out. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(attempt, 20)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RotationBusy("interrupted", null);
        }
    }

    /** The account kept changing under every attempt (answered 503: the sender retries). */
    public static class RotationBusy extends RuntimeException {
        public RotationBusy(String category, YearMonth month) {
            super("rotation " + category + " " + month + " kept changing");
        }
    }
}
