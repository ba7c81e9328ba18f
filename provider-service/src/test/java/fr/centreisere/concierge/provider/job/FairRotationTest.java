package fr.centreisere.concierge.provider.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FairRotationTest {

    private static final Instant MONTH_START = Instant.parse("2026-11-30T23:00:00Z"); // 1 Dec 00:00 in Paris
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    /** Runs jobs through the rotation like the service does: decide on the ledger, record the decision. */
    static final class Simulation {
        RotationLedger ledger = RotationLedger.empty("GARDENING", YearMonth.of(2026, 12));
        Instant now = MONTH_START.plusSeconds(3600);
        final Map<String, Integer> received = new HashMap<>();

        DispatchDecision dispatch(List<Contender> contenders) {
            DispatchDecision decision = FairRotation.decide(ledger, contenders, now);
            ledger = ledger.record(decision);
            received.merge(decision.winner(), 1, Integer::sum);
            now = now.plus(Duration.ofMinutes(7));
            return decision;
        }

        int got(String member) {
            return received.getOrDefault(member, 0);
        }
    }

    private static List<Contender> members(int... weights) {
        List<Contender> contenders = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            contenders.add(new Contender("mbr-m" + (char) ('a' + i), weights[i], LONG_AGO));
        }
        return contenders;
    }

    @Test
    void overAThousandJobsEveryMemberStaysWithinOneJobOfItsWeightedTargetAtEveryStep() {
        List<Contender> contenders = members(1, 2, 3, 5, 8, 2, 4);
        long totalWeight = contenders.stream().mapToLong(Contender::weight).sum();
        Simulation sim = new Simulation();
        for (int dispatched = 1; dispatched <= 1000; dispatched++) {
            sim.dispatch(contenders);
            for (Contender c : contenders) {
                double target = (double) dispatched * c.weight() / totalWeight;
                assertThat((double) sim.got(c.memberId()))
                        .as("%s after %d jobs", c.memberId(), dispatched)
                        .isCloseTo(target, within(1.0 + 1e-9));
            }
        }
        assertThat(sim.ledger.dispatched()).isEqualTo(1000);
    }

    @Test
    void equalWeightsTakeTurnsInMemberIdOrderWhenNobodyWasOfferedYet() {
        Simulation sim = new Simulation();
        List<Contender> contenders = members(3, 3, 3);
        List<String> winners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            winners.add(sim.dispatch(contenders).winner());
        }
        assertThat(winners).containsExactly("mbr-ma", "mbr-mb", "mbr-mc", "mbr-ma", "mbr-mb", "mbr-mc");
    }

    @Test
    void aTieGoesToTheMemberOfferedLeastRecently() {
        Instant earlier = MONTH_START.plusSeconds(60);
        Instant later = MONTH_START.plusSeconds(120);
        RotationLedger ledger = new RotationLedger("GARDENING", YearMonth.of(2026, 12), 3, 2, Map.of(
                "mbr-a", new Share(1, 1, MONTH_START, later),
                "mbr-b", new Share(1, 1, MONTH_START, earlier)));
        DispatchDecision decision = FairRotation.decide(ledger,
                List.of(new Contender("mbr-a", 1, LONG_AGO), new Contender("mbr-b", 1, LONG_AGO)), later.plusSeconds(60));
        assertThat(decision.winner()).isEqualTo("mbr-b");
        assertThat(decision.candidates()).extracting(RankedCandidate::memberId).containsExactly("mbr-b", "mbr-a");
    }

    @Test
    void theLargestShortfallWinsAndTheDecisionShowsWhy() {
        RotationLedger ledger = new RotationLedger("GARDENING", YearMonth.of(2026, 12), 3, 4, Map.of(
                "mbr-a", new Share(2, 3, MONTH_START, MONTH_START),
                "mbr-b", new Share(2, 1, MONTH_START, MONTH_START)));
        DispatchDecision decision = FairRotation.decide(ledger,
                List.of(new Contender("mbr-a", 1, LONG_AGO), new Contender("mbr-b", 1, LONG_AGO)), MONTH_START.plusSeconds(600));
        assertThat(decision.winner()).isEqualTo("mbr-b");
        RankedCandidate b = decision.candidates().get(0);
        assertThat(b.rank()).isEqualTo(1);
        assertThat(b.target()).isEqualTo(2.5);
        assertThat(b.received()).isEqualTo(1);
        assertThat(b.shortfall()).isEqualTo(1.5);
        assertThat(decision.candidates().get(1).shortfall()).isEqualTo(-0.5);
    }

    @Test
    void aMemberJoiningMidMonthIsNeitherFloodedNorStarved() {
        Simulation sim = new Simulation();
        List<Contender> founders = members(2, 3, 1, 4, 2);
        for (int i = 0; i < 500; i++) {
            sim.dispatch(founders);
        }
        Contender newcomer = new Contender("mbr-newcomer", 3, sim.now);
        List<Contender> everyone = new ArrayList<>(founders);
        everyone.add(newcomer);
        long totalWeight = everyone.stream().mapToLong(Contender::weight).sum();

        DispatchDecision first = sim.dispatch(everyone);
        RankedCandidate entry = first.candidates().stream().filter(c -> c.memberId().equals("mbr-newcomer")).findFirst()
                .orElseThrow();
        assertThat(entry.startedAtShare()).isTrue();
        assertThat(entry.shortfall()).as("starts at its share: owed only this job's part")
                .isCloseTo(3.0 / totalWeight, within(1e-9));

        for (int sinceJoin = 2; sinceJoin <= 500; sinceJoin++) {
            sim.dispatch(everyone);
            double fairShare = (double) sinceJoin * newcomer.weight() / totalWeight;
            assertThat((double) sim.got("mbr-newcomer")).as("newcomer after %d jobs since joining", sinceJoin)
                    .isCloseTo(fairShare, within(1.0 + 1e-9));
        }
    }

    @Test
    void aMemberBackFromSuspensionRestartsAtItsShareInsteadOfCatchingUp() {
        Simulation sim = new Simulation();
        List<Contender> all = members(1, 1, 1);
        for (int i = 0; i < 30; i++) {
            sim.dispatch(all);
        }
        // mbr-mc is suspended for 60 jobs
        List<Contender> without = all.subList(0, 2);
        for (int i = 0; i < 60; i++) {
            sim.dispatch(without);
        }
        Contender back = new Contender("mbr-mc", 1, sim.now);
        List<Contender> again = List.of(all.get(0), all.get(1), back);
        int before = sim.got("mbr-mc");
        DispatchDecision first = sim.dispatch(again);
        assertThat(first.candidates()).filteredOn(c -> c.memberId().equals("mbr-mc"))
                .singleElement().satisfies(c -> assertThat(c.startedAtShare()).isTrue());
        for (int i = 0; i < 2; i++) {
            sim.dispatch(again);
        }
        assertThat(sim.got("mbr-mc") - before).as("one turn in three, no catching up").isEqualTo(1);
    }

    @Test
    void aMemberNotEligibleForAJobIsNotOwedItLater() {
        Simulation sim = new Simulation();
        List<Contender> both = members(1, 1);
        List<Contender> onlyA = both.subList(0, 1);
        for (int i = 0; i < 20; i++) {
            sim.dispatch(onlyA); // e.g. a commune mbr-mb does not cover
        }
        List<String> next = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            next.add(sim.dispatch(both).winner());
        }
        assertThat(next).containsExactlyInAnyOrder("mbr-ma", "mbr-ma", "mbr-mb", "mbr-mb");
    }

    @Test
    void theMonthIsTheTerritorysMonth() {
        assertThat(RotationLedger.monthOf(Instant.parse("2026-11-30T23:30:00Z"))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(RotationLedger.monthOf(Instant.parse("2026-11-30T22:59:00Z"))).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void nobodyEligibleMeansNoWinner() {
        DispatchDecision decision = FairRotation.decide(RotationLedger.empty("GARDENING", YearMonth.of(2026, 12)),
                List.of(), MONTH_START);
        assertThat(decision.winner()).isNull();
        assertThat(decision.candidates()).isEmpty();
    }

    @Test
    void aRefusalCountsAsTheRefusersTurnAndTheJobLeavesItsCount() {
        Simulation sim = new Simulation();
        DispatchDecision decision = sim.dispatch(members(1, 1));
        assertThat(decision.winner()).isEqualTo("mbr-ma");
        RotationLedger refused = sim.ledger.refusedBy("mbr-ma");
        Share ma = refused.shareOf("mbr-ma").orElseThrow();
        assertThat(ma.received()).isZero();
        assertThat(ma.refused()).isEqualTo(1);
        // as if it had received the job: its shortfall is what it would be after receiving it
        assertThat(ma.shortfall()).isCloseTo(sim.ledger.shareOf("mbr-ma").orElseThrow().shortfall(), within(1e-9));
        assertThat(refused.dispatched()).isZero();
        assertThat(refused.unrefusedBy("mbr-ma")).isEqualTo(sim.ledger);
    }

    @Test
    void aJobMovedAwayByACoordinatorIsOwedToItsMemberAgain() {
        Simulation sim = new Simulation();
        sim.dispatch(members(1, 1));
        sim.dispatch(members(1, 1));
        RotationLedger givenBack = sim.ledger.givenBack("mbr-ma");
        Share ma = givenBack.shareOf("mbr-ma").orElseThrow();
        assertThat(ma.received()).isZero();
        assertThat(ma.shortfall()).isCloseTo(1.0, within(1e-9));
        DispatchDecision next = FairRotation.decide(givenBack, members(1, 1), sim.now);
        assertThat(next.winner()).isEqualTo("mbr-ma");
    }

    @Test
    void aCancelledJobLeavesTheAccountAsIfItHadNeverBeenDispatched() {
        Simulation sim = new Simulation();
        sim.dispatch(members(1, 2));
        RotationLedger before = sim.ledger;
        DispatchDecision cancelledOne = sim.dispatch(members(1, 2));
        RotationLedger cancelled = sim.ledger.unrecord(cancelledOne).cancelledFor(cancelledOne.winner(), 1);
        assertThat(cancelled.dispatched()).isEqualTo(before.dispatched());
        for (String member : List.of("mbr-ma", "mbr-mb")) {
            Share was = before.shareOf(member).orElseThrow();
            Share now = cancelled.shareOf(member).orElseThrow();
            assertThat(now.shortfall()).as(member).isCloseTo(was.shortfall(), within(1e-9));
            assertThat(now.received()).as(member).isEqualTo(was.received());
        }
        assertThat(cancelled.shareOf(cancelledOne.winner()).orElseThrow().cancelled()).isEqualTo(1);
        // the member that lost it is first in line again
        assertThat(FairRotation.decide(cancelled, members(1, 2), sim.now).winner()).isEqualTo(cancelledOne.winner());
    }

    @Test
    void aMemberRefusingEveryOfferTakesOnlyItsTurnsAndRefusedWorkIsSharedByWeightWithinOneJob() {
        List<Contender> everyone = members(2, 1, 3, 4);
        String refuser = "mbr-ma";
        List<Contender> others = everyone.stream().filter(c -> !c.memberId().equals(refuser)).toList();
        Simulation sim = new Simulation();
        int offeredToRefuser = 0;
        for (int job = 1; job <= 600; job++) {
            DispatchDecision decision = sim.dispatch(everyone);
            if (decision.winner().equals(refuser)) {
                offeredToRefuser++;
                sim.received.merge(refuser, -1, Integer::sum);
                RotationLedger refused = sim.ledger.refusedBy(refuser);
                DispatchDecision cover = FairRotation.decide(refused, new Eligibility.Field(others, List.of()), sim.now, true);
                sim.ledger = refused.record(cover);
                sim.received.merge(cover.winner(), 1, Integer::sum);
            }
            for (Contender c : everyone) {
                Share share = sim.ledger.shareOf(c.memberId()).orElseThrow();
                assertThat(Math.abs(share.shortfall())).as("%s after %d jobs", c.memberId(), job)
                        .isLessThanOrEqualTo(1.0 + 1e-9);
                assertThat(Math.abs(share.coverShortfall())).as("%s's refused work after %d jobs", c.memberId(), job)
                        .isLessThanOrEqualTo(2.0 + 1e-9);
            }
        }
        // its turns and no more: a fifth of the jobs (weight 2 of 10), not every one
        assertThat(offeredToRefuser).isBetween(115, 125);
        // refused work split 1 : 3 : 4 among the others
        long covered = others.stream().mapToLong(c -> sim.ledger.shareOf(c.memberId()).orElseThrow().covered()).sum();
        for (Contender c : others) {
            double due = covered * c.weight() / 8.0;
            assertThat((double) sim.ledger.shareOf(c.memberId()).orElseThrow().covered()).as(c.memberId())
                    .isCloseTo(due, within(2.0));
        }
    }
}
