package fr.centreisere.concierge.provider.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.provider.member.StructureType;
import org.junit.jupiter.api.Test;

/**
 * Within one instance, the turns on one account are played one after the other (issue 15): concurrent
 * dispatches of a category lose no race on the account's version (each save is the first try), and the
 * account counts every job once, the places never exceeding a capacity.
 */
class TurnsTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final String SERVICE = "svc-essai";
    static final String VOIRON = "38563";
    static final LocalDate DAY = LocalDate.of(2026, 12, 20);

    /** Accounts in memory, saved over their version; counts the saves that lost. */
    static final class VersionedLedgers implements RotationLedgers {
        final Map<String, RotationLedger> stored = new ConcurrentHashMap<>();
        final AtomicInteger lostSaves = new AtomicInteger();

        @Override
        public RotationLedger of(String category, YearMonth month) {
            return stored.getOrDefault(category + month, RotationLedger.empty(category, month));
        }

        @Override
        public synchronized boolean save(RotationLedger ledger) {
            RotationLedger current = of(ledger.category(), ledger.month());
            if (current.version() != ledger.version()) {
                lostSaves.incrementAndGet();
                return false;
            }
            stored.put(ledger.category() + ledger.month(), new RotationLedger(ledger.category(), ledger.month(),
                    ledger.version() + 1, ledger.dispatched(), ledger.shares()));
            return true;
        }
    }

    /** Places in memory, taken below the capacity only. */
    static final class PlacesInMemory implements Places {
        final Map<PlaceKey, List<String>> held = new TreeMap<>(java.util.Comparator.comparing(PlaceKey::toString));

        @Override
        public synchronized boolean take(PlaceKey key, String jobId, int capacity) {
            List<String> jobs = held.computeIfAbsent(key, k -> new ArrayList<>());
            if (jobs.contains(jobId)) {
                return true;
            }
            if (jobs.size() >= capacity) {
                return false;
            }
            return jobs.add(jobId);
        }

        @Override
        public synchronized void force(PlaceKey key, String jobId) {
            held.computeIfAbsent(key, k -> new ArrayList<>()).add(jobId);
        }

        @Override
        public synchronized void giveBack(PlaceKey key, String jobId) {
            held.getOrDefault(key, new ArrayList<>()).remove(jobId);
        }

        @Override
        public synchronized Map<LocalDate, Map<String, Integer>> held(String serviceId, List<LocalDate> days) {
            Map<LocalDate, Map<String, Integer>> answer = new TreeMap<>();
            held.forEach((key, jobs) -> {
                if (key.serviceId().equals(serviceId) && days.contains(key.day())) {
                    answer.computeIfAbsent(key.day(), d -> new TreeMap<>()).put(key.memberId(), jobs.size());
                }
            });
            return answer;
        }

        @Override
        public Map<String, List<String>> holders(String serviceId, LocalDate day) {
            return Map.of();
        }

        @Override
        public boolean backfilled() {
            return true;
        }

        @Override
        public void markBackfilled() {
        }

        @Override
        public List<ServiceDay> heldFrom(LocalDate from, int limit) {
            return List.of();
        }
    }

    static final class FixedMembers implements Members {
        final List<Member> all = new ArrayList<>();

        @Override
        public Optional<Member> byId(String id) {
            return all.stream().filter(m -> m.id().equals(id)).findFirst();
        }

        @Override
        public List<Member> all() {
            return all;
        }

        @Override
        public List<Member> ableToServe(String serviceId, String communeInsee) {
            return all.stream().filter(m -> m.canServe(serviceId, communeInsee)).toList();
        }

        @Override
        public boolean insertIfAbsent(Member member) {
            return all.add(member);
        }

        @Override
        public void update(Member member) {
        }
    }

    @Test
    void concurrentTurnsOnOneAccountLoseNoRaceAndFillThePlacesOnce() throws Exception {
        FixedMembers members = new FixedMembers();
        Map<String, Integer> capacities = Map.of("mbr-a", 3, "mbr-b", 4, "mbr-c", 5);
        capacities.forEach((id, capacity) -> {
            Member member = Member.register(id, new Member.Profile("Essai " + id, null, StructureType.ACI, null, null,
                    VOIRON), true, Map.of("ESSAI", 1), NOW.minusSeconds(86_400));
            member.replaceCapabilities(List.of(new Capability(SERVICE, Set.of(VOIRON), capacity)));
            members.insertIfAbsent(member);
        });
        VersionedLedgers ledgers = new VersionedLedgers();
        PlacesInMemory places = new PlacesInMemory();
        Turns turns = new Turns(ledgers, new Eligibility(members, places), places);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<DispatchDecision> decisions = new ArrayList<>();
        try {
            List<Callable<DispatchDecision>> dispatches = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                OrderRef order = new OrderRef("ord-" + i, "CI-" + i, SERVICE, "ESSAI", VOIRON,
                        new Slot(DAY, LocalTime.of(9, 0), LocalTime.of(10, 0)), 1, Money.ofCents(100), Money.ofCents(8),
                        null, null);
                dispatches.add(() -> turns.play(order, "job-" + order.orderId(), Set.of(), LedgerCorrection.NONE, NOW));
            }
            for (Future<DispatchDecision> decision : pool.invokeAll(dispatches)) {
                decisions.add(decision.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ledgers.lostSaves).as("no turn lost a race on the account").hasValue(0);
        assertThat(decisions.stream().filter(d -> d.winner() != null)).hasSize(12);
        assertThat(decisions.stream().filter(d -> d.winner() == null)).as("the day is full for the last four").hasSize(4);
        RotationLedger account = ledgers.of("ESSAI", YearMonth.of(2026, 12));
        assertThat(account.shareOf("mbr-a").orElseThrow().received()
                + account.shareOf("mbr-b").orElseThrow().received()
                + account.shareOf("mbr-c").orElseThrow().received()).isEqualTo(12);
        assertThat(places.held(SERVICE, List.of(DAY)).get(DAY)).containsEntry("mbr-a", 3).containsEntry("mbr-b", 4)
                .containsEntry("mbr-c", 5);
    }
}
