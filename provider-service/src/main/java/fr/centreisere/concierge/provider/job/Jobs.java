package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** Offered jobs whose offer expired at that instant (oldest first). */
    List<Job> withOfferExpiredAt(Instant now, int limit);

    /** Jobs with an outcome not yet delivered to order-service whose next attempt is due. */
    List<Job> withEventsDue(Instant now, int limit);

    /** Marks one event delivered (it is not sent again). */
    void markDelivered(String jobId, String eventId, Instant at);

    /** Records a failed delivery, why, and when to try again. */
    void markAttemptFailed(String jobId, String eventId, int attempts, Instant nextAttemptAt, String error);

    /** Records that order-service refused the event for good: it is not sent again. */
    void markRefused(String jobId, String eventId, Instant at, String refusal);

    /** Offered jobs whose member should be reminded by now, the offer not yet expired (soonest first). */
    List<Job> withOfferReminderDueAt(Instant now, int limit);

    /** Jobs with a notice to members' staff not yet delivered to notification-service whose next attempt is due. */
    List<Job> withNoticesDue(Instant now, int limit);

    /** Marks one notice delivered (it is not sent again). */
    void markNoticeDelivered(String jobId, String eventId, Instant at);

    /** Records a failed delivery of a notice, why, and when to try again. */
    void markNoticeAttemptFailed(String jobId, String eventId, int attempts, Instant nextAttemptAt, String error);

    /** Records that notification-service refused the notice for good: it is not sent again. */
    void markNoticeRefused(String jobId, String eventId, Instant at, String refusal);

    /** Jobs whose slot is on that day or later and that hold a place (offered, accepted, started, done). */
    List<Job> holdingPlacesFrom(LocalDate day);

    /** Jobs completed in [from, to). */
    List<Job> completedBetween(Instant from, Instant to);

    /** {@code troubled}: only jobs with a message (to order-service or notification-service) refused or tried many times (coordinators). */
    record JobQuery(String memberId, JobState state, boolean troubled, int page, int size) {
        public JobQuery(String memberId, JobState state, int page, int size) {
            this(memberId, state, false, page, size);
        }
    }

    record Page<T>(List<T> content, int page, int size, long totalElements) {
    }
}
