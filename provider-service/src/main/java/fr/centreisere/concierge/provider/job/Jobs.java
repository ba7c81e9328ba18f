package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.centreisere.concierge.platform.page.Page;

/** The jobs (port). One job per order. */
public interface Jobs {

    Optional<Job> byId(String id);

    Optional<Job> byOrderId(String orderId);

    /** Stores a new job; false if the order already has one (then nothing is written). */
    boolean insert(Job job);

    /**
     * Writes the changed job in one conditional update: only if it is still in the state and version it
     * was read in. Otherwise nothing is written and {@link JobChangedConcurrently} is thrown.
     */
    void update(Job job);

    Page<Job> find(JobQuery query);

    /**
     * Every job of the query, whatever its page and size, by slot (day, start) then id, read as it is
     * consumed (an export): close the stream. The default pages through {@link #find}; a store gives a cursor.
     */
    default Stream<Job> stream(JobQuery query) {
        int size = 100;
        return Stream.iterate(0, page -> page + 1)
                .map(page -> find(new JobQuery(query.memberId(), query.state(), query.troubled(), query.communeInsee(),
                        query.from(), query.to(), page, size)).content())
                .takeWhile(content -> !content.isEmpty())
                .flatMap(List::stream)
                .sorted(java.util.Comparator.comparing((Job job) -> job.order().slot().date())
                        .thenComparing(job -> job.order().slot().from()).thenComparing(Job::id));
    }

    /**
     * Puts every offered job in the open offers' due set (reads every offered job: once, at start, for what a
     * crash between a job's write and its mark left out). The sweeps below read that set only.
     *
     * @return how many were marked
     */
    default int markOpenOffersDue() {
        return 0;
    }

    /** Offered jobs whose offer expired at that instant (oldest first). */
    List<Job> withOfferExpiredAt(Instant now, int limit);

    /** Offered jobs whose member should be reminded by now, the offer not yet expired (soonest first). */
    List<Job> withOfferReminderDueAt(Instant now, int limit);

    /** Jobs whose slot is on that day or later and that hold a place (offered, accepted, started, done). */
    List<Job> holdingPlacesFrom(LocalDate day);

    /** The jobs of those orders (an order without a job is left out), in no particular order. */
    default List<Job> byOrderIds(java.util.Collection<String> orderIds) {
        return orderIds.stream().distinct().flatMap(orderId -> byOrderId(orderId).stream()).toList();
    }

    /** Jobs completed in [from, to). */
    List<Job> completedBetween(Instant from, Instant to);

    /** A member's accepted and started jobs whose slot is between those days (inclusive), by day and start. */
    List<Job> acceptedBetween(String memberId, LocalDate from, LocalDate to);

    /**
     * {@code troubled}: only jobs with a message (to order-service or notification-service) refused or tried
     * many times (coordinators). {@code communeInsee}, {@code from}, {@code to} (slot days, inclusive) narrow
     * further (issue 14); the jobs' report reads the same narrowing.
     */
    record JobQuery(String memberId, JobState state, boolean troubled, String communeInsee, LocalDate from,
            LocalDate to, int page, int size) {
        public JobQuery(String memberId, JobState state, boolean troubled, int page, int size) {
            this(memberId, state, troubled, null, null, null, page, size);
        }

        public JobQuery(String memberId, JobState state, int page, int size) {
            this(memberId, state, false, page, size);
        }
    }

    /** What the store counted for the jobs of a query (its page and size are not read). */
    JobTally count(JobQuery query);

    /** Hours are those of the completion reports of the counted jobs (jobs not done have none). */
    record JobTally(long total, java.util.Map<String, Long> byState, java.util.Map<String, Long> byMember,
            long reported, double hoursWorked, double insertionHours, long subtotalCents, long commissionCents) {
    }
}
