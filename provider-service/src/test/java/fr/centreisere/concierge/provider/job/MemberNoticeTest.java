package fr.centreisere.concierge.provider.job;

import static fr.centreisere.concierge.provider.job.Jobs_.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import fr.centreisere.concierge.provider.job.MemberNotice.Actor;
import fr.centreisere.concierge.provider.job.MemberNotice.Kind;
import fr.centreisere.concierge.provider.job.MemberNotice.Withdrawal;
import org.junit.jupiter.api.Test;

/** Which change of a job tells its members' staff what, and when an offer is reminded. */
class MemberNoticeTest {

    private static Job offeredFor(Duration length) {
        return Jobs_.dispatch(Jobs_.order("ord-r"), Jobs_.rotation(T0, "mbr-a", "mbr-b"), T0, T0.plus(length));
    }

    @Test
    void aDispatchOffersTheWinnerAndNobodyHearsOfAnUnassignedOrder() {
        assertThat(Jobs_.offered().notices()).singleElement().satisfies(n -> {
            assertThat(n.eventId()).isEqualTo("job-ord-1:n:1");
            assertThat(n.kind()).isEqualTo(Kind.OFFER_NEW);
            assertThat(n.memberId()).isEqualTo("mbr-a");
            assertThat(n.expiresAt()).isEqualTo(T0.plusSeconds(3600));
        });
        Job nobody = Jobs_.dispatch(Jobs_.order("ord-0"), Jobs_.rotation(T0), T0, T0.plusSeconds(3600));
        assertThat(nobody.notices()).isEmpty();
    }

    @Test
    void aMemberThatDeclinesIsNotToldWhatItDidTheNextIsOffered() {
        Job job = Jobs_.offered();
        job.decline("mbr-a", "complet", T0.plusSeconds(60));
        job.offerTo(Jobs_.rotation(T0.plusSeconds(60), "mbr-b"), T0.plusSeconds(60), T0.plusSeconds(3660));
        assertThat(job.notices()).extracting(n -> n.kind() + " " + n.memberId())
                .containsExactly("OFFER_NEW mbr-a", "OFFER_NEW mbr-b");
        assertThat(job.notices().get(1).eventId()).isEqualTo("job-ord-1:n:2");
    }

    @Test
    void anExpiredOfferIsWithdrawnFromItsMemberByTheSystem() {
        Job job = Jobs_.offered();
        job.expire(T0.plusSeconds(3601));
        assertThat(job.notices().get(1)).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.OFFER_WITHDRAWN);
            assertThat(n.memberId()).isEqualTo("mbr-a");
            assertThat(n.reason()).isEqualTo(Withdrawal.EXPIRED);
            assertThat(n.by()).isEqualTo(Actor.SYSTEM);
        });
    }

    @Test
    void aCoordinatorTakingAnAcceptedJobTellsItsHolderItWasReassigned() {
        Job job = Jobs_.offered();
        job.accept("mbr-a", T0.plusSeconds(60));
        job.offerTo(Jobs_.manual(T0.plusSeconds(120), "mbr-z"), T0.plusSeconds(120), T0.plusSeconds(7320));
        assertThat(job.notices()).extracting(n -> n.kind() + " " + n.memberId() + " " + n.reason() + " " + n.by())
                .containsExactly("OFFER_NEW mbr-a null null", "OFFER_WITHDRAWN mbr-a REASSIGNED COORDINATOR",
                        "OFFER_NEW mbr-z null null");
    }

    @Test
    void cancellingTellsTheMemberOfferedOrHoldingItAndNobodyWhenUnassigned() {
        Job offered = Jobs_.offered();
        offered.cancel("client absent", Actor.CUSTOMER, T0.plusSeconds(60));
        assertThat(offered.notices()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.OFFER_WITHDRAWN);
            assertThat(n.reason()).isEqualTo(Withdrawal.CANCELLED);
            assertThat(n.by()).isEqualTo(Actor.CUSTOMER);
            assertThat(n.note()).isEqualTo("client absent");
        });
        for (JobState held : new JobState[] {JobState.ACCEPTED, JobState.IN_PROGRESS}) {
            Job job = Jobs_.inState(held);
            job.cancel(" ", Actor.COORDINATOR, T0.plusSeconds(120));
            assertThat(job.newNotices()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(Kind.JOB_CANCELLED);
                assertThat(n.memberId()).isEqualTo("mbr-a");
                assertThat(n.by()).isEqualTo(Actor.COORDINATOR);
                assertThat(n.note()).isNull();
            });
        }
        Job unassigned = Jobs_.inState(JobState.UNASSIGNED);
        unassigned.cancel("doublon", Actor.COORDINATOR, T0.plusSeconds(120));
        assertThat(unassigned.newNotices()).isEmpty();
        assertThat(unassigned.cancel("encore", Actor.COORDINATOR, T0.plusSeconds(180))).isFalse();
    }

    @Test
    void anOfferIsRemindedHalfAnHourBeforeItExpiresOrTenMinutesWhenItLastsHalfAnHourOrLess() {
        assertThat(offeredFor(Duration.ofHours(2)).reminderDueAt()).contains(T0.plus(Duration.ofMinutes(90)));
        assertThat(offeredFor(Duration.ofMinutes(31)).reminderDueAt()).contains(T0.plus(Duration.ofMinutes(1)));
        assertThat(offeredFor(Duration.ofMinutes(30)).reminderDueAt()).contains(T0.plus(Duration.ofMinutes(20)));
        assertThat(offeredFor(Duration.ofMinutes(20)).reminderDueAt()).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(offeredFor(Duration.ofMinutes(10)).reminderDueAt()).as("too short to remind").isEmpty();
    }

    @Test
    void anOfferIsRemindedOnceOnlyWhenDueAndStillOpen() {
        Job job = offeredFor(Duration.ofHours(2));
        Instant due = T0.plus(Duration.ofMinutes(90));
        assertThat(job.remind(due.minusSeconds(1))).isFalse();
        assertThat(job.remind(due)).isTrue();
        assertThat(job.remind(due.plusSeconds(60))).as("once").isFalse();
        assertThat(job.reminderDueAt()).isEmpty();
        assertThat(job.notices()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.OFFER_REMINDER);
            assertThat(n.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        });

        Job expiredMeanwhile = offeredFor(Duration.ofHours(2));
        assertThat(expiredMeanwhile.remind(T0.plus(Duration.ofHours(2)))).as("already expired").isFalse();
        Job accepted = offeredFor(Duration.ofHours(2));
        accepted.accept("mbr-a", T0.plusSeconds(60));
        assertThat(accepted.reminderDueAt()).isEmpty();
        assertThat(accepted.remind(due)).isFalse();
    }

    @Test
    void aNoticeNamesTheCommuneAndTheServiceButNeverAnAddress() {
        Job job = Jobs_.offered();
        NoticeMessage message = NoticeMessage.of(job, job.notices().get(0), "contact@a.example.org");
        assertThat(message.to().memberId()).isEqualTo("mbr-a");
        assertThat(message.to().emails()).containsExactly("contact@a.example.org");
        assertThat(message.link()).isEqualTo("/#/missions/job-ord-1");
        assertThat(message.data()).containsOnlyKeys("jobId", "serviceName", "quantity", "communeName", "date", "from",
                "to", "expiresAt");
        assertThat(message.data()).containsEntry("communeName", "Voiron").containsEntry("serviceName", "Reparation velo")
                .containsEntry("from", "14:00").containsEntry("date", "2026-12-10");
        assertThat(NoticeMessage.of(job, job.notices().get(0), null).to().emails()).isEmpty();
    }
}
