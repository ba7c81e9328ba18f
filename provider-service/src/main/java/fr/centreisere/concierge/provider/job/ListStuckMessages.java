package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.platform.page.Page;

/**
 * The messages of jobs' outboxes that coordinators should look at (refused for good, or tried
 * {@link OutboxEntry#ATTENTION_AFTER} times or more), to order-service and to notification-service alike:
 * what notification-service's daily summary reports.
 */
public class ListStuckMessages {

    /** {@code owner} the job's id; {@code since} when the message was written (owed since then). */
    public record StuckMessage(String owner, String destination, String kind, int attempts, String lastError,
            Instant since, Instant refusedAt) {
    }

    private static final int PAGE = 100;

    private final Jobs jobs;

    public ListStuckMessages(Jobs jobs) {
        this.jobs = jobs;
    }

    /** At most {@code limit} messages, of the jobs changed most recently first. */
    public List<StuckMessage> list(int limit) {
        List<StuckMessage> stuck = new ArrayList<>();
        for (int page = 0; stuck.size() < limit; page++) {
            Page<Job> found = jobs.find(new Jobs.JobQuery(null, null, true, page, PAGE));
            for (Job job : found.content()) {
                for (OutboxEntry message : job.messagesNeedingAttention()) {
                    if (stuck.size() < limit) {
                        stuck.add(new StuckMessage(job.id(), message.destination(), message.kindName(),
                                message.attempts(), message.lastError(), message.occurredAt(), message.refusedAt()));
                    }
                }
            }
            if ((long) (page + 1) * PAGE >= found.totalElements()) {
                break;
            }
        }
        return stuck;
    }
}
