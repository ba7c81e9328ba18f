package fr.centreisere.concierge.provider.fill;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import fr.centreisere.concierge.platform.fill.FillCatalog;
import fr.centreisere.concierge.platform.fill.FillIds;
import fr.centreisere.concierge.platform.fill.FillPlan;
import fr.centreisere.concierge.provider.job.DispatchDecision;
import fr.centreisere.concierge.provider.job.Eligibility;
import fr.centreisere.concierge.provider.job.Exclusion;
import fr.centreisere.concierge.provider.job.FairRotation;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobEvent;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.MemberNotice;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.OfferPolicy;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.PlaceKey;
import fr.centreisere.concierge.provider.job.Places;
import fr.centreisere.concierge.provider.job.RotationLedger;
import fr.centreisere.concierge.provider.job.RotationLedgers;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.UnassignedReason;
import fr.centreisere.concierge.provider.member.Member;
import org.jspecify.annotations.Nullable;

/**
 * Plans one batch: residents spread over the communes the members cover, {@code orders} orders placed over
 * the past year (their slots from a day to two weeks later, so the last weeks' orders lie ahead), each
 * dispatched in the order it was placed by the fair rotation's own code over the month's ledger and the
 * day's places, and taken through the job's own transitions to the state its slot calls for: done with a
 * work report once the slot is over (a few cancelled by their customer or a coordinator), started during
 * it, accepted, still offered or just placed ahead of it. Deterministic: the same batch number and moment
 * give the same plan.
 */
final class PlanBatch {

    /** A resident orders eight times a year. */
    static final int ORDERS_PER_RESIDENT = 8;
    /** One resident in twelve is an approved employee of one of the demo companies. */
    static final int EMPLOYEE_EVERY = 12;

    private static final Duration YEAR = Duration.ofDays(365);
    private static final String[] FIRST = { "Camille", "Léa", "Louis", "Manon", "Hugo", "Chloé", "Lucas", "Inès",
            "Jules", "Emma", "Nathan", "Jade", "Théo", "Lina", "Arthur", "Zoé", "Raphaël", "Alice", "Adam", "Rose" };
    private static final String[] LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Blanc", "Guerin", "Boyer" };
    private static final String[] STREETS = { "rue de la République", "avenue Jules Ferry", "chemin des Vignes",
            "rue du Lac", "place de l'Église", "route de Grenoble", "rue des Écoles", "allée des Tilleuls",
            "boulevard de la Gare", "impasse des Noyers" };

    private final FillCatalog catalog;
    private final List<Member> members;
    private final OfferPolicy policy;

    PlanBatch(FillCatalog catalog, List<Member> members, OfferPolicy policy) {
        this.catalog = catalog;
        this.members = members;
        this.policy = policy;
    }

    /** What planning gives: the plan to hand on, and what provider-service stores. */
    record Planned(FillPlan plan, List<Job> jobs, Map<PlaceKey, List<String>> places, List<RotationLedger> ledgers) {
    }

    private record Draft(int index, FillPlan.Resident customer, FillCatalog.Service service, FillCatalog.Commune commune,
            Instant createdAt, LocalDate day, LocalTime from, int quantity, String address) {
    }

    Planned plan(int batch, int orders, Instant now, Map<String, Map<String, Integer>> stored,
            RotationLedgers storedLedgers) {
        SplittableRandom random = new SplittableRandom(15_000L + batch);
        Map<String, List<FillCatalog.Service>> offered = servicesPerCommune();
        List<FillCatalog.Commune> communes = catalog.communes().stream()
                .filter(c -> offered.getOrDefault(c.insee(), List.of()).size() >= 3).toList();
        if (communes.isEmpty()) {
            throw new IllegalStateException("no commune has three services covered by the members: seed the members first");
        }
        List<FillPlan.Resident> residents = residents(batch, Math.max(10, orders / ORDERS_PER_RESIDENT), communes, random);

        List<Draft> drafts = new ArrayList<>(orders);
        for (int i = 0; i < orders; i++) {
            drafts.add(draft(i, residents.get(random.nextInt(residents.size())), offered, now, random));
        }
        drafts.sort(Comparator.comparing(Draft::createdAt).thenComparing(Draft::index));

        DayPlaces places = new DayPlaces(stored);
        Eligibility eligibility = new Eligibility(new KnownMembers(members), places);
        Map<String, RotationLedger> ledgers = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.id(), m.name()));
        List<Job> jobs = new ArrayList<>(orders);
        List<FillPlan.PlannedOrder> planned = new ArrayList<>(orders);
        var communesByInsee = catalog.communesByInsee();
        for (Draft d : drafts) {
            String orderId = FillIds.orderId(batch, d.index());
            int year = d.createdAt().atZone(Slot.TERRITORY).getYear();
            String number = FillIds.number(batch, year, d.index());
            Slot slot = new Slot(d.day(), d.from(), d.from().plusHours(2));
            long subtotal = d.service().subtotalCents(d.quantity());
            OrderRef order = new OrderRef(orderId, number, d.service().id(), d.service().category(), d.commune().insee(),
                    slot, d.quantity(), Money.ofCents(subtotal), Money.ofCents(catalog.commissionCents(subtotal)),
                    d.service().titleFr(), communesByInsee.get(d.commune().insee()).name());
            Instant cancelledAt = null;
            String cancelledBy = null;
            Job job = null;
            boolean justPlaced = d.index() % 5_000 == 11 && slot.start().isAfter(now);
            if (!justPlaced) {
                Instant dispatchedAt = d.createdAt().plusSeconds(1);
                job = dispatch(order, dispatchedAt, eligibility, places, ledgers, storedLedgers);
                Outcome outcome = outcome(d, slot, now, random);
                cancelledBy = outcome == Outcome.CANCELLED_BY_CUSTOMER ? "CUSTOMER"
                        : outcome == Outcome.CANCELLED_BY_COORDINATOR ? "COORDINATOR" : null;
                cancelledAt = live(job, order, outcome, dispatchedAt, slot, now, places, ledgers, random);
                if (cancelledAt == null) {
                    cancelledBy = null;
                }
                jobs.add(job);
            }
            planned.add(new FillPlan.PlannedOrder(orderId, number, d.customer().userId(), d.customer().displayName(),
                    d.customer().companyId() != null && FillIds.billedToCompany(d.customer().companyId(),
                            d.service().category()) ? d.customer().companyId() : null, d.service().id(), d.service().category(), d.commune().insee(),
                    d.commune().postalCodes().get(0), d.address(), d.day().toString(), d.from().toString(),
                    slot.to().toString(), d.quantity(), d.createdAt(), job == null ? List.of() : events(job, names),
                    cancelledAt, cancelledBy));
        }
        FillPlan plan = new FillPlan(new FillPlan.Header(batch, now, residents.size(), planned.size()), residents, planned);
        return new Planned(plan, jobs, places.taken(), List.copyOf(ledgers.values()));
    }

    // --- who orders what, where and when ---------------------------------------------------------

    private Map<String, List<FillCatalog.Service>> servicesPerCommune() {
        Map<String, List<FillCatalog.Service>> offered = new HashMap<>();
        for (FillCatalog.Commune commune : catalog.communes()) {
            for (FillCatalog.Service service : catalog.services()) {
                if (members.stream().anyMatch(m -> m.canServe(service.id(), commune.insee()))) {
                    offered.computeIfAbsent(commune.insee(), c -> new ArrayList<>()).add(service);
                }
            }
        }
        return offered;
    }

    private static List<FillPlan.Resident> residents(int batch, int count, List<FillCatalog.Commune> communes,
            SplittableRandom random) {
        List<FillPlan.Resident> residents = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            String company = k % EMPLOYEE_EVERY == 0 ? FillIds.COMPANIES.get((k / EMPLOYEE_EVERY) % FillIds.COMPANIES.size())
                    : null;
            String domain = company == null ? FillIds.RESIDENT_DOMAIN : FillIds.COMPANY_DOMAINS.get(company);
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            residents.add(new FillPlan.Resident(FillIds.userId(batch, k), FillIds.email(batch, k, domain), name,
                    communes.get(random.nextInt(communes.size())).insee(), company));
        }
        return residents;
    }

    private Draft draft(int index, FillPlan.Resident customer, Map<String, List<FillCatalog.Service>> offered,
            Instant now, SplittableRandom random) {
        FillCatalog.Commune commune = catalog.communesByInsee().get(customer.communeInsee());
        List<FillCatalog.Service> here = offered.get(commune.insee()).stream()
                .filter(s -> !s.forCompaniesOnly()
                        || customer.companyId() != null && FillIds.billedToCompany(customer.companyId(), s.category()))
                .toList();
        FillCatalog.Service service = here.get(random.nextInt(here.size()));
        Instant createdAt;
        if (index % 1_000 == 7) {
            createdAt = now.minus(Duration.ofMinutes(1 + index % 90)); // a few still waiting for an answer
        } else if (index % 5_000 == 11) {
            createdAt = now.minusSeconds(30); // and a few just placed: dispatched once the services run
        } else {
            createdAt = now.minus(Duration.ofMinutes(5 + random.nextLong(YEAR.toMinutes())));
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime earliest = createdAt.atZone(Slot.TERRITORY).plusHours(service.leadTimeHours() + 1);
        LocalDate day = earliest.toLocalDate().plusDays(1 + random.nextInt(14));
        LocalTime from = LocalTime.of(8 + random.nextInt(9), 15 * random.nextInt(4));
        int span = Math.min(service.maxQuantity(), service.minQuantity() + 2) - service.minQuantity() + 1;
        int quantity = service.minQuantity() + random.nextInt(span);
        String address = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)];
        return new Draft(index, customer, service, commune, createdAt, day, from, quantity, address);
    }

    // --- the rotation, and the job's life --------------------------------------------------------

    private Job dispatch(OrderRef order, Instant at, Eligibility eligibility, Places places,
            Map<String, RotationLedger> ledgers, RotationLedgers storedLedgers) {
        YearMonth month = RotationLedger.monthOf(at);
        String key = order.category() + ":" + month;
        RotationLedger ledger = ledgers.computeIfAbsent(key, k -> storedLedgers.of(order.category(), month));
        Eligibility.Field field = eligibility.evaluate(order, Set.of());
        DispatchDecision decision = FairRotation.decide(ledger, field, at);
        if (decision.winner() != null) {
            int capacity = field.contender(decision.winner()).orElseThrow().capacity();
            places.take(PlaceKey.of(decision.winner(), order), Job.idFor(order.orderId()), capacity);
            ledgers.put(key, ledger.record(decision));
        }
        return Job.dispatch(order, decision, at, policy.expiresAt(at, order.slot()), nobodyBecause(decision));
    }

    private static UnassignedReason nobodyBecause(DispatchDecision decision) {
        return decision.excluded().stream().anyMatch(e -> e.reason() == Exclusion.DAY_FULL)
                ? UnassignedReason.DAY_FULL : UnassignedReason.NOT_COVERED;
    }

    enum Outcome { OFFERED, ACCEPTED, IN_PROGRESS, DONE, CANCELLED_BY_CUSTOMER, CANCELLED_BY_COORDINATOR }

    private static Outcome outcome(Draft d, Slot slot, Instant now, SplittableRandom random) {
        Instant start = slot.start();
        Instant end = start.plus(Duration.ofHours(2));
        if (d.index() % 1_000 == 7 && start.isAfter(now)) {
            return Outcome.OFFERED;
        }
        int dice = random.nextInt(100);
        if (dice < 6) {
            return Outcome.CANCELLED_BY_CUSTOMER;
        }
        if (dice < 8) {
            return Outcome.CANCELLED_BY_COORDINATOR;
        }
        if (!end.isAfter(now)) {
            return Outcome.DONE;
        }
        return start.isAfter(now) ? Outcome.ACCEPTED : Outcome.IN_PROGRESS;
    }

    /** Takes the job through its states; gives the moment its order was cancelled, if it was. */
    private static @Nullable Instant live(Job job, OrderRef order, Outcome outcome, Instant offeredAt, Slot slot,
            Instant now, Places places, Map<String, RotationLedger> ledgers, SplittableRandom random) {
        if (job.state() != JobState.OFFERED || outcome == Outcome.OFFERED) {
            return null;
        }
        String member = job.memberId();
        Instant acceptedAt = offeredAt.plus(Duration.ofMinutes(1 + random.nextInt(15)));
        boolean accepted = acceptedAt.isBefore(now);
        if (accepted) {
            job.accept(member, acceptedAt);
        }
        if (outcome == Outcome.CANCELLED_BY_CUSTOMER || outcome == Outcome.CANCELLED_BY_COORDINATOR) {
            Instant latest = now.isBefore(slot.start()) ? now : slot.start();
            Instant from = accepted ? acceptedAt : offeredAt;
            if (!from.isBefore(latest.minusSeconds(60))) {
                return null;
            }
            Instant cancelledAt = from.plusSeconds(30 + random.nextLong(Duration.between(from, latest).toSeconds() - 30));
            var counted = job.countedHolding();
            var place = job.heldPlace();
            boolean customer = outcome == Outcome.CANCELLED_BY_CUSTOMER;
            // what a person would type, in their language (as order-service's fill writes it): never translated
            job.cancel(customer ? "Empêchement" : "Annulée par la coordination",
                    customer ? MemberNotice.Actor.CUSTOMER : MemberNotice.Actor.COORDINATOR, cancelledAt.plusSeconds(1));
            place.ifPresent(p -> places.giveBack(p, job.id()));
            // as CancelDispatch: the job leaves the account of the month that counted it, as if never dispatched
            counted.ifPresent(decision -> ledgers.computeIfPresent(decision.category() + ":" + decision.month(),
                    (k, ledger) -> ledger.unrecord(decision).cancelledFor(decision.winner(), 1)));
            return cancelledAt;
        }
        if (!accepted || outcome == Outcome.ACCEPTED) {
            return null;
        }
        job.start(member, slot.start());
        if (outcome == Outcome.DONE) {
            double hours = 1 + 0.25 * random.nextInt(5) * Math.max(1, order.quantity() / 2);
            double insertion = hours * (random.nextInt(3) / 2.0);
            job.complete(member, hours, insertion, "", slot.start().plus(Duration.ofHours(2)));
        }
        return null;
    }

    private static List<FillPlan.PlannedEvent> events(Job job, Map<String, String> names) {
        List<FillPlan.PlannedEvent> events = new ArrayList<>();
        for (JobEvent e : job.outbox()) {
            String member = e.memberId() != null ? e.memberId() : job.memberId();
            if (e.type() == JobEvent.Type.UNASSIGNED) {
                member = null;
            }
            events.add(new FillPlan.PlannedEvent(e.eventId(), e.type().name(), e.occurredAt(), member,
                    member == null ? null : names.get(member), e.hoursWorked(), e.insertionHours(),
                    e.type() == JobEvent.Type.UNASSIGNED ? job.unassignedReason().map(Enum::name).orElse(null) : null));
        }
        return events;
    }
}
