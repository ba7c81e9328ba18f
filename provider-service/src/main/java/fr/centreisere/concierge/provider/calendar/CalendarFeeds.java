package fr.centreisere.concierge.provider.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.Visit;
import fr.centreisere.concierge.provider.job.Visits;
import fr.centreisere.concierge.provider.member.AccessDenied;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.MemberNotFound;
import fr.centreisere.concierge.provider.member.Members;

/**
 * The members' calendar feeds: the staff (or a coordinator) issues or renews the member's key; a calendar
 * application reads the feed with it. The feed holds the member's accepted and started jobs from
 * {@link #PAST_DAYS} days ago to {@link #FUTURE_DAYS} days ahead.
 */
public class CalendarFeeds {

    static final int PAST_DAYS = 31;
    static final int FUTURE_DAYS = 366;

    private final CalendarKeys keys;
    private final Members members;
    private final Jobs jobs;
    private final Visits visits;
    private final Clock clock;
    private final SecureRandom random;

    public CalendarFeeds(CalendarKeys keys, Members members, Jobs jobs, Visits visits, Clock clock,
            SecureRandom random) {
        this.keys = keys;
        this.members = members;
        this.jobs = jobs;
        this.visits = visits;
        this.clock = clock;
        this.random = random;
    }

    /** A new key for the member (the old one stops working); the secret is given once, here. */
    public CalendarKey.Issued renew(Caller caller, String memberId) {
        requireManages(caller, memberId);
        CalendarKey.Issued issued = CalendarKey.issue(memberId, random, clock.instant());
        keys.replace(issued.key());
        return issued;
    }

    /** When the member's key was last issued; empty if it has none yet. */
    public Optional<Instant> renewedAt(Caller caller, String memberId) {
        requireManages(caller, memberId);
        return keys.of(memberId).map(CalendarKey::renewedAt);
    }

    /**
     * The feed for that member, if the secret is its current key's.
     *
     * @throws CalendarKeyRefused otherwise (an unknown member too)
     */
    public Feed feed(String memberId, String secret) {
        CalendarKey key = keys.of(memberId).filter(k -> k.opens(secret)).orElseThrow(CalendarKeyRefused::new);
        Member member = members.byId(key.memberId()).orElseThrow(CalendarKeyRefused::new);
        LocalDate today = LocalDate.now(clock.withZone(Slot.TERRITORY));
        List<Entry> entries = jobs.acceptedBetween(memberId, today.minusDays(PAST_DAYS), today.plusDays(FUTURE_DAYS))
                .stream().map(job -> new Entry(job, visits.of(job.order().orderId(), memberId).orElse(null)))
                .toList();
        return new Feed(member.name(), clock.instant(), entries);
    }

    private void requireManages(Caller caller, String memberId) {
        if (!caller.mayManage(memberId)) {
            throw new AccessDenied("calendar.staff-only");
        }
        members.byId(memberId).orElseThrow(() -> new MemberNotFound(memberId));
    }

    /** A feed to write: the member's name, when it was made, and each job with its visit when order-service gave it. */
    public record Feed(String memberName, Instant stampedAt, List<Entry> entries) {
    }

    public record Entry(Job job, Visit visit) {
    }
}
