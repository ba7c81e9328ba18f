package fr.centreisere.concierge.provider.job;

import static fr.centreisere.concierge.provider.job.JobState.ACCEPTED;
import static fr.centreisere.concierge.provider.job.JobState.CANCELLED;
import static fr.centreisere.concierge.provider.job.JobState.DECLINED;
import static fr.centreisere.concierge.provider.job.JobState.DONE;
import static fr.centreisere.concierge.provider.job.JobState.EXPIRED;
import static fr.centreisere.concierge.provider.job.JobState.IN_PROGRESS;
import static fr.centreisere.concierge.provider.job.JobState.OFFERED;
import static fr.centreisere.concierge.provider.job.JobState.UNASSIGNED;
import static fr.centreisere.concierge.provider.job.Jobs_.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobLifecycleTest {

    private static final Instant LATER = T0.plusSeconds(7200);

    /** Every action, and the states it is allowed from (written here independently of JobState's table). */
    enum Action {
        ACCEPT(Set.of(OFFERED), ACCEPTED, (job, t) -> job.accept("mbr-a", t)),
        DECLINE(Set.of(OFFERED), DECLINED, (job, t) -> job.decline("mbr-a", "pas dispo", t)),
        EXPIRE(Set.of(OFFERED), EXPIRED, (job, t) -> job.expire(t)),
        START(Set.of(ACCEPTED), IN_PROGRESS, (job, t) -> job.start("mbr-a", t)),
        COMPLETE(Set.of(IN_PROGRESS), DONE, (job, t) -> job.complete("mbr-a", 3, 2, "ok", t)),
        CANCEL(Set.of(OFFERED, ACCEPTED, DECLINED, EXPIRED, UNASSIGNED, IN_PROGRESS), CANCELLED, (job, t) -> job.cancel("client", t)),
        OFFER_NEXT(Set.of(DECLINED, EXPIRED, UNASSIGNED), OFFERED, (job, t) -> job.offerTo(Jobs_.rotation(t, "mbr-b"), t, t.plusSeconds(60))),
        GIVE_UP(Set.of(DECLINED, EXPIRED), UNASSIGNED, (job, t) -> Jobs_.giveUp(job, t)),
        REASSIGN(Set.of(OFFERED, ACCEPTED, DECLINED, EXPIRED, UNASSIGNED), OFFERED,
                (job, t) -> job.offerTo(Jobs_.manual(t, "mbr-z"), t, t.plusSeconds(60)));

        final Set<JobState> from;
        final JobState to;
        final BiConsumer<Job, Instant> run;

        Action(Set<JobState> from, JobState to, BiConsumer<Job, Instant> run) {
            this.from = from;
            this.to = to;
            this.run = run;
        }
    }

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (JobState state : JobState.values()) {
            for (Action action : Action.values()) {
                all.add(Arguments.of(state, action));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndAction")
    void eachActionIsAllowedExactlyFromItsStates(JobState state, Action action) {
        Job job = Jobs_.inState(state);
        if (action.from.contains(state)) {
            action.run.accept(job, LATER);
            assertThat(job.state()).isEqualTo(action.to);
        } else if (action == Action.CANCEL && state == CANCELLED) {
            // cancelling twice is fine and changes nothing
            action.run.accept(job, LATER);
            assertThat(job.state()).isEqualTo(CANCELLED);
            assertThat(job.newEvents()).isEmpty();
        } else {
            int eventsBefore = job.outbox().size();
            assertThatThrownBy(() -> action.run.accept(job, LATER)).isInstanceOf(ForbiddenTransition.class);
            assertThat(job.state()).isEqualTo(state);
            assertThat(job.outbox()).hasSize(eventsBefore);
        }
    }

    @Test
    void transitionTableMatchesTheActions() {
        Map<JobState, Set<JobState>> expected = Map.of(
                OFFERED, EnumSet.of(ACCEPTED, DECLINED, EXPIRED, CANCELLED, OFFERED),
                ACCEPTED, EnumSet.of(IN_PROGRESS, CANCELLED, OFFERED),
                DECLINED, EnumSet.of(OFFERED, UNASSIGNED, CANCELLED),
                EXPIRED, EnumSet.of(OFFERED, UNASSIGNED, CANCELLED),
                UNASSIGNED, EnumSet.of(OFFERED, CANCELLED),
                IN_PROGRESS, EnumSet.of(DONE, CANCELLED),
                DONE, EnumSet.noneOf(JobState.class),
                CANCELLED, EnumSet.noneOf(JobState.class));
        for (JobState state : JobState.values()) {
            assertThat(state.next()).as("from %s", state).isEqualTo(expected.get(state));
        }
    }

    @Test
    void dispatchOffersToTheWinnerAndItsOfferedEventTravelsInTheDispatchAnswerNotAsAnEvent() {
        Job job = Jobs_.offered();
        assertThat(job.state()).isEqualTo(OFFERED);
        assertThat(job.memberId()).isEqualTo("mbr-a");
        assertThat(job.expiresAt()).contains(T0.plusSeconds(3600));
        assertThat(job.undelivered()).isEmpty();
        assertThat(job.outbox()).singleElement().satisfies(offered -> {
            assertThat(offered.type()).isEqualTo(JobEvent.Type.OFFERED);
            assertThat(offered.eventId()).isEqualTo("job-ord-1:1");
            assertThat(offered.delivered()).isTrue();
        });
    }

    @Test
    void dispatchWithNobodyEligibleIsUnassigned() {
        Job job = Jobs_.dispatch(Jobs_.order("ord-2"), Jobs_.rotation(T0), T0, T0.plusSeconds(60));
        assertThat(job.state()).isEqualTo(UNASSIGNED);
        assertThat(job.memberId()).isNull();
        assertThat(job.outbox()).extracting(JobEvent::type).containsExactly(JobEvent.Type.UNASSIGNED);
        assertThat(job.undelivered()).as("told in the dispatch answer").isEmpty();
    }

    @Test
    void anotherMemberCannotAcceptTheOffer() {
        Job job = Jobs_.offered();
        assertThatThrownBy(() -> job.accept("mbr-b", T0)).isInstanceOf(ForbiddenTransition.class);
        assertThat(job.state()).isEqualTo(OFFERED);
    }

    @Test
    void aMemberThatDeclinedCannotAcceptOnceTheJobMovedOn() {
        Job job = Jobs_.offered();
        job.decline("mbr-a", "équipe complète", T0);
        job.offerTo(Jobs_.rotation(T0, "mbr-b"), T0, T0.plusSeconds(60));
        assertThatThrownBy(() -> job.accept("mbr-a", T0)).isInstanceOf(ForbiddenTransition.class)
                .hasMessageContaining("DECLINED");
        assertThat(job.refusedBy()).containsExactly("mbr-a");
        assertThat(job.offers()).extracting(Offer::memberId).containsExactly("mbr-a", "mbr-b");
        assertThat(job.offers().get(0).outcome()).isEqualTo(Offer.Outcome.DECLINED);
        assertThat(job.offers().get(0).reason()).isEqualTo("équipe complète");
    }

    @Test
    void anOfferDoesNotExpireBeforeItsTime() {
        Job job = Jobs_.offered();
        assertThatThrownBy(() -> job.expire(T0.plusSeconds(3599))).isInstanceOf(ForbiddenTransition.class);
        job.expire(T0.plusSeconds(3600));
        assertThat(job.state()).isEqualTo(EXPIRED);
        assertThat(job.refusedBy()).containsExactly("mbr-a");
    }

    @Test
    void onlyTheHolderStartsAndCompletes() {
        Job job = Jobs_.inState(ACCEPTED);
        assertThatThrownBy(() -> job.start("mbr-b", LATER)).isInstanceOf(ForbiddenTransition.class);
        job.start("mbr-a", LATER);
        assertThatThrownBy(() -> job.complete("mbr-b", 2, 1, null, LATER)).isInstanceOf(ForbiddenTransition.class);
    }

    @Test
    void completionReportsHoursAndInsertionHours() {
        Job job = Jobs_.inState(IN_PROGRESS);
        job.complete("mbr-a", 3.5, 2, "haie taillée", LATER);
        assertThat(job.report()).get().satisfies(r -> {
            assertThat(r.hoursWorked()).isEqualTo(3.5);
            assertThat(r.insertionHours()).isEqualTo(2);
            assertThat(r.completedAt()).isEqualTo(LATER);
        });
        JobEvent done = job.newEvents().get(0);
        assertThat(done.type()).isEqualTo(JobEvent.Type.DONE);
        assertThat(done.hoursWorked()).isEqualTo(3.5);
        assertThat(done.insertionHours()).isEqualTo(2.0);
    }

    @Test
    void hoursWorkedAreBoundedByTheSlotTimesACrewOfTen() {
        // the slot is 14:00–16:00: at most 10 people for 2 hours
        Job job = Jobs_.inState(IN_PROGRESS);
        assertThatThrownBy(() -> job.complete("mbr-a", 500, 0, null, LATER)).isInstanceOf(InvalidWorkReport.class)
                .hasMessageContaining("20");
        assertThatThrownBy(() -> job.complete("mbr-a", 20.25, 0, null, LATER)).isInstanceOf(InvalidWorkReport.class);
        assertThat(job.state()).isEqualTo(IN_PROGRESS);
        job.complete("mbr-a", 20, 4, null, LATER);
        assertThat(job.state()).isEqualTo(DONE);
    }

    @Test
    void aSlotsLengthIsItsWindow() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 10);
        assertThat(new Slot(day, java.time.LocalTime.of(10, 0), java.time.LocalTime.of(10, 30)).hours()).isEqualTo(0.5);
        assertThat(new Slot(day, java.time.LocalTime.of(22, 0), java.time.LocalTime.of(2, 0)).hours()).isEqualTo(4);
    }

    @Test
    void insertionHoursCannotExceedHoursWorked() {
        Job job = Jobs_.inState(IN_PROGRESS);
        assertThatThrownBy(() -> job.complete("mbr-a", 2, 3, null, LATER)).isInstanceOf(InvalidWorkReport.class);
        assertThatThrownBy(() -> job.complete("mbr-a", 0, 0, null, LATER)).isInstanceOf(InvalidWorkReport.class);
        assertThat(job.state()).isEqualTo(IN_PROGRESS);
    }

    @Test
    void eachOutcomeOwedToOrderServiceHasItsOwnStableEventId() {
        Job job = Jobs_.offered();
        job.accept("mbr-a", T0);
        job.start("mbr-a", T0);
        job.complete("mbr-a", 1, 1, null, T0);
        assertThat(job.outbox()).extracting(JobEvent::type).containsExactly(JobEvent.Type.OFFERED,
                JobEvent.Type.ACCEPTED, JobEvent.Type.IN_PROGRESS, JobEvent.Type.DONE);
        assertThat(job.outbox()).extracting(JobEvent::eventId).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("job-ord-1:"));
    }

    @Test
    void givingUpOwesOrderServiceAnUnassignedEvent() {
        Job job = Jobs_.inState(DECLINED);
        Jobs_.giveUp(job, LATER);
        assertThat(job.state()).isEqualTo(UNASSIGNED);
        assertThat(job.memberId()).isNull();
        assertThat(job.newEvents()).extracting(JobEvent::type).containsExactly(JobEvent.Type.UNASSIGNED);
    }

    @Test
    void aCoordinatorsReassignmentWithdrawsTheCurrentOfferAndRecordsAManualDecision() {
        Job job = Jobs_.inState(OFFERED);
        job.offerTo(Jobs_.manual(LATER, "mbr-z"), LATER, LATER.plusSeconds(60));
        assertThat(job.memberId()).isEqualTo("mbr-z");
        assertThat(job.offers().get(0).outcome()).isEqualTo(Offer.Outcome.WITHDRAWN);
        assertThat(job.currentOffer()).get().extracting(Offer::manual).isEqualTo(true);
        assertThat(job.latestDecision()).get().extracting(DispatchDecision::kind).isEqualTo(DispatchDecision.Kind.MANUAL);
        assertThat(job.rotationDecision()).get().extracting(DispatchDecision::winner).isEqualTo("mbr-a");
    }

    @Test
    void cascadeWithoutAManualDecisionIsRefusedWhileTheOfferIsOpen() {
        Job job = Jobs_.inState(OFFERED);
        assertThatThrownBy(() -> job.offerTo(Jobs_.rotation(LATER, "mbr-b"), LATER, LATER)).isInstanceOf(ForbiddenTransition.class);
    }
}
