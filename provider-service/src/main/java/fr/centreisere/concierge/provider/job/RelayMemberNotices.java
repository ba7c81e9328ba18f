package fr.centreisere.concierge.provider.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;

/**
 * Sends jobs' undelivered notices to notification-service, a job's oldest first, stopping at the job's
 * first failure (a member reads them in order). Its own lane: it never waits for, nor holds up, the
 * outcomes to order-service. A failed notice is tried again later with backoff and stays in the job until
 * delivered; one that notification-service refuses as invalid is set aside with the refusal (shown to
 * coordinators) and the next one goes on. The member's contact address is read when the notice leaves,
 * so a corrected address serves the notices still waiting.
 */
public class RelayMemberNotices {

    private final Jobs jobs;
    private final Members members;
    private final MemberNotifications notifications;
    private final Clock clock;
    private final Backoff backoff;

    public RelayMemberNotices(Jobs jobs, Members members, MemberNotifications notifications, Clock clock,
            Backoff backoff) {
        this.jobs = jobs;
        this.members = members;
        this.notifications = notifications;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** Tries to deliver the job's due notices now; returns how many were delivered, -1 if one failed. Never throws. */
    public int relay(Job job) {
        int delivered = 0;
        for (MemberNotice notice : job.undeliveredNotices()) {
            Instant now = clock.instant();
            if (notice.nextAttemptAt() != null && notice.nextAttemptAt().isAfter(now)) {
                break;
            }
            try {
                String contact = members.byId(notice.memberId()).map(Member::contactEmail).orElse(null);
                notifications.deliver(NoticeMessage.of(job, notice, contact));
            } catch (MemberNotifications.Refused refused) {
                jobs.markNoticeRefused(job.id(), notice.eventId(), now, shorten(refused.getMessage()));
                continue;
            } catch (RuntimeException failure) {
                int attempts = notice.attempts() + 1;
                jobs.markNoticeAttemptFailed(job.id(), notice.eventId(), attempts, now.plus(backoff.after(attempts)),
                        shorten(failure.getMessage()));
                return -1;
            }
            jobs.markNoticeDelivered(job.id(), notice.eventId(), clock.instant());
            delivered++;
        }
        return delivered;
    }

    /**
     * One pass of the scheduler over the jobs with a notice due. notification-service failing on one job
     * is taken as away for all: the pass stops there, the others wait for the next pass.
     */
    public int relayDue(int limit) {
        int delivered = 0;
        List<Job> due = jobs.withNoticesDue(clock.instant(), limit);
        for (Job job : due) {
            int sent = relay(job);
            if (sent < 0) {
                break;
            }
            delivered += sent;
        }
        return delivered;
    }

    private static String shorten(String text) {
        String said = text == null ? "" : text;
        return said.length() > 300 ? said.substring(0, 300) : said;
    }
}
