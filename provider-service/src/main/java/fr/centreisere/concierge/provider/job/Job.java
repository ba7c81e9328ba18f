package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centreisere.concierge.provider.member.Caller;

/**
 * The work one order asks for, and its way through the members. There is one job per order: its
 * current offer moves from member to member, the offer history and every dispatch decision stay in it,
 * and so does the outbox: the outcomes owed to order-service ({@link JobEvent}s) and, in a lane of their
 * own, the messages owed to members' staff ({@link MemberNotice}s).
 *
 * <p>Every change goes through {@link #moveTo}, which checks the transition table of {@link JobState};
 * the repository writes the changed job only if it is still in the state and version it was read in.
 */
public final class Job {

    private final String id;
    private OrderRef order;
    private final long version;
    private final JobState loadedState;
    private JobState state;
    private String memberId;
    private final List<Offer> offers;
    private final List<DispatchDecision> decisions;
    private final List<JobEvent> outbox;
    private final int storedEvents;
    private final List<MemberNotice> notices;
    private final int storedNotices;
    private WorkReport report;
    private UnassignedReason unassignedReason;
    private Instant updatedAt;

    public Job(String id, OrderRef order, long version, JobState state, String memberId, List<Offer> offers,
            List<DispatchDecision> decisions, List<JobEvent> outbox, WorkReport report, Instant updatedAt) {
        this(id, order, version, state, memberId, offers, decisions, outbox, report, null, updatedAt);
    }

    public Job(String id, OrderRef order, long version, JobState state, String memberId, List<Offer> offers,
            List<DispatchDecision> decisions, List<JobEvent> outbox, WorkReport report,
            UnassignedReason unassignedReason, Instant updatedAt) {
        this(id, order, version, state, memberId, offers, decisions, outbox, List.of(), report, unassignedReason,
                updatedAt);
    }

    public Job(String id, OrderRef order, long version, JobState state, String memberId, List<Offer> offers,
            List<DispatchDecision> decisions, List<JobEvent> outbox, List<MemberNotice> notices, WorkReport report,
            UnassignedReason unassignedReason, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.order = Objects.requireNonNull(order, "order");
        this.version = version;
        this.loadedState = state;
        this.state = Objects.requireNonNull(state, "state");
        this.memberId = memberId;
        this.offers = new ArrayList<>(offers);
        this.decisions = new ArrayList<>(decisions);
        this.outbox = new ArrayList<>(outbox);
        this.storedEvents = outbox.size();
        this.notices = new ArrayList<>(notices);
        this.storedNotices = notices.size();
        this.report = report;
        this.unassignedReason = unassignedReason;
        this.updatedAt = updatedAt;
    }

    /**
     * The job of an order, as the rotation decided: offered to the winner, or unassigned for the given
     * reason if nobody may take it.
     */
    public static Job dispatch(OrderRef order, DispatchDecision decision, Instant now, Instant expiresAt,
            UnassignedReason ifNobody) {
        Job job = new Job(idFor(order.orderId()), order, 0, JobState.UNASSIGNED, null, List.of(), List.of(decision),
                List.of(), null, now);
        if (decision.winner() != null) {
            job.offers.add(Offer.open(decision.winner(), now, expiresAt, false));
            job.state = JobState.OFFERED;
            job.memberId = decision.winner();
            job.record(JobEvent.Type.OFFERED, now, null, null, null);
            job.notifyOffered(now);
        } else {
            job.unassignedReason = Objects.requireNonNull(ifNobody, "ifNobody");
            job.record(JobEvent.Type.UNASSIGNED, now, null, null, null);
        }
        // the dispatch's own answer tells order-service this first outcome (issue 15): never sent as an event
        job.outbox.set(0, job.outbox.get(0).answered(now));
        return job;
    }

    public static String idFor(String orderId) {
        return "job-" + orderId;
    }

    // ---- member staff -------------------------------------------------------------------------

    public void accept(String byMember, Instant now) {
        requireOfferedTo(byMember, "accept");
        moveTo(JobState.ACCEPTED, "accept");
        endCurrentOffer(Offer.Outcome.ACCEPTED, now, null);
        touch(now);
        record(JobEvent.Type.ACCEPTED, now, null, null, null);
    }

    /** The member says no; the caller then offers the job to the next member or gives up. */
    public void decline(String byMember, String reason, Instant now) {
        requireOfferedTo(byMember, "decline");
        moveTo(JobState.DECLINED, "decline");
        endCurrentOffer(Offer.Outcome.DECLINED, now, reason);
        touch(now);
    }

    /** The offer ran out of time; the caller then offers the job to the next member or gives up. */
    public void expire(Instant now) {
        if (state != JobState.OFFERED || currentOffer().map(o -> o.expiresAt().isAfter(now)).orElse(true)) {
            throw new ForbiddenTransition(id, "expire", state);
        }
        moveTo(JobState.EXPIRED, "expire");
        endCurrentOffer(Offer.Outcome.EXPIRED, now, null);
        notifyWithdrawn(memberId, MemberNotice.Withdrawal.EXPIRED, MemberNotice.Actor.SYSTEM, null, now);
        touch(now);
    }

    /**
     * The current offer is about to expire and its member has not answered: it is reminded, once (the
     * offer remembers it). False when there is nothing to remind (answered, reminded, not yet due, expired).
     */
    public boolean remind(Instant now) {
        Optional<Instant> due = reminderDueAt();
        Offer offer = currentOffer().orElse(null);
        if (due.isEmpty() || due.get().isAfter(now) || offer == null || !offer.expiresAt().isAfter(now)) {
            return false;
        }
        offers.set(offers.size() - 1, offer.reminded(now));
        notify(MemberNotice.Kind.OFFER_REMINDER, memberId, offer.expiresAt(), null, null, null, now);
        return true;
    }

    /** When the open offer's member should be reminded (none once reminded, answered, or if too short). */
    public Optional<Instant> reminderDueAt() {
        return state == JobState.OFFERED ? currentOffer().flatMap(Offer::reminderDueAt) : Optional.empty();
    }

    public void start(String byMember, Instant now) {
        requireHeldBy(byMember, "start");
        moveTo(JobState.IN_PROGRESS, "start");
        touch(now);
        record(JobEvent.Type.IN_PROGRESS, now, null, null, null);
    }

    public void complete(String byMember, double hoursWorked, double insertionHours, String note, Instant now) {
        requireHeldBy(byMember, "complete");
        if (!state.canBecome(JobState.DONE)) {
            throw new ForbiddenTransition(id, "complete", state);
        }
        WorkReport work = new WorkReport(hoursWorked, insertionHours, note, now);
        WorkReport.checkFits(hoursWorked, order.slot());
        moveTo(JobState.DONE, "complete");
        report = work;
        touch(now);
        record(JobEvent.Type.DONE, now, null, hoursWorked, insertionHours);
    }

    // ---- rotation and coordinators ------------------------------------------------------------

    /** A coordinator corrects the completion report's hours (same bounds as on completion), saying why. */
    public void correctReport(double hoursWorked, double insertionHours, String reason, String by, Instant now) {
        if (state != JobState.DONE || report == null) {
            throw new ForbiddenTransition(id, "correct-report", state);
        }
        WorkReport corrected = report.corrected(hoursWorked, insertionHours, reason, by, now);
        WorkReport.checkFits(hoursWorked, order.slot());
        report = corrected;
        touch(now);
    }

    /**
     * Offers the job (declined, expired, unassigned, or reassigned by a coordinator) to the winner of a
     * new decision. Only a coordinator's decision may take a job from a member that holds it.
     */
    public void offerTo(DispatchDecision decision, Instant now, Instant expiresAt) {
        String member = Objects.requireNonNull(decision.winner(), "winner");
        boolean manual = decision.kind() == DispatchDecision.Kind.MANUAL;
        String previous = null;
        if (state == JobState.OFFERED || state == JobState.ACCEPTED) {
            if (!manual) {
                throw new ForbiddenTransition(id, "offer", state);
            }
            endCurrentOffer(Offer.Outcome.WITHDRAWN, now, null, Offer.REASSIGNED);
            previous = memberId;
        }
        moveTo(JobState.OFFERED, "offer");
        if (previous != null) {
            notifyWithdrawn(previous, MemberNotice.Withdrawal.REASSIGNED, MemberNotice.Actor.COORDINATOR, null, now);
        }
        decisions.add(decision);
        offers.add(Offer.open(member, now, expiresAt, manual));
        memberId = member;
        unassignedReason = null;
        touch(now);
        record(JobEvent.Type.OFFERED, now, null, null, null);
        notifyOffered(now);
    }

    /** Nobody may take it: the order needs the customer (another day) or a coordinator. */
    public void giveUp(DispatchDecision decision, UnassignedReason reason, Instant now) {
        moveTo(JobState.UNASSIGNED, "give-up");
        decisions.add(decision);
        memberId = null;
        unassignedReason = Objects.requireNonNull(reason, "reason");
        touch(now);
        record(JobEvent.Type.UNASSIGNED, now, null, null, null);
    }

    /** The customer moved an unassigned order to another slot: the rotation will look at it again. */
    public void reschedule(Slot slot, Instant now) {
        if (state != JobState.UNASSIGNED) {
            throw new ForbiddenTransition(id, "reschedule", state);
        }
        order = order.at(slot);
        touch(now);
    }

    /** The rotation looked again (after a reschedule) and still nobody may take it. */
    public void stillUnassigned(DispatchDecision decision, UnassignedReason reason, Instant now) {
        if (state != JobState.UNASSIGNED) {
            throw new ForbiddenTransition(id, "give-up", state);
        }
        decisions.add(decision);
        unassignedReason = Objects.requireNonNull(reason, "reason");
        touch(now);
        record(JobEvent.Type.UNASSIGNED, now, null, null, null);
    }

    /** The order was cancelled (by whom order-service did not say). */
    public boolean cancel(String reason, Instant now) {
        return cancel(reason, MemberNotice.Actor.SYSTEM, now);
    }

    /**
     * The order was cancelled. Cancelling a cancelled job changes nothing (returns false). The member
     * offered it hears that the offer is withdrawn; the member that had accepted it, that it is cancelled.
     */
    public boolean cancel(String reason, MemberNotice.Actor by, Instant now) {
        if (state == JobState.CANCELLED) {
            return false;
        }
        JobState before = state;
        moveTo(JobState.CANCELLED, "cancel");
        if (currentOffer().isPresent() && currentOffer().get().outcome() == null) {
            endCurrentOffer(Offer.Outcome.WITHDRAWN, now, reason);
        }
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (before == JobState.OFFERED) {
            notifyWithdrawn(memberId, MemberNotice.Withdrawal.CANCELLED, by, note, now);
        } else if (before == JobState.ACCEPTED || before == JobState.IN_PROGRESS) {
            notify(MemberNotice.Kind.JOB_CANCELLED, memberId, null, null, by, note, now);
        }
        touch(now);
        return true;
    }

    // ---- outbox -------------------------------------------------------------------------------

    public List<JobEvent> undelivered() {
        return outbox.stream().filter(e -> !e.settled()).toList();
    }

    /** The outcome to order-service that coordinators should look at: refused, or tried many times. */
    public Optional<JobEvent> deliveryTrouble() {
        return outbox.stream().filter(JobEvent::needsAttention).reduce((a, b) -> b);
    }

    /** Events added since the job was read: the update appends them to the stored outbox. */
    public List<JobEvent> newEvents() {
        return List.copyOf(outbox.subList(storedEvents, outbox.size()));
    }

    /** Notices to members' staff not yet delivered to notification-service nor refused by it, oldest first. */
    public List<MemberNotice> undeliveredNotices() {
        return notices.stream().filter(n -> !n.settled()).toList();
    }

    /** Notices added since the job was read: the update appends them to the stored ones. */
    public List<MemberNotice> newNotices() {
        return List.copyOf(notices.subList(storedNotices, notices.size()));
    }

    /** Every message of the outbox, of both lanes, that coordinators should look at (refused, or tried many times). */
    public List<OutboxEntry> messagesNeedingAttention() {
        List<OutboxEntry> all = new ArrayList<>();
        outbox.stream().filter(OutboxEntry::needsAttention).forEach(all::add);
        notices.stream().filter(OutboxEntry::needsAttention).forEach(all::add);
        return all;
    }

    private void notifyOffered(Instant now) {
        notify(MemberNotice.Kind.OFFER_NEW, memberId, currentOffer().map(Offer::expiresAt).orElse(null), null, null,
                null, now);
    }

    private void notifyWithdrawn(String member, MemberNotice.Withdrawal reason, MemberNotice.Actor by, String note,
            Instant now) {
        notify(MemberNotice.Kind.OFFER_WITHDRAWN, member, null, reason, by, note, now);
    }

    private void notify(MemberNotice.Kind kind, String member, Instant expiresAt, MemberNotice.Withdrawal reason,
            MemberNotice.Actor by, String note, Instant now) {
        if (member == null) {
            return;
        }
        String eventId = id + ":n:" + (notices.size() + 1);
        notices.add(MemberNotice.pending(eventId, kind, now, member, order.slot(), expiresAt, reason, by, note));
    }

    private void record(JobEvent.Type type, Instant at, String reason, Double hours, Double insertionHours) {
        String eventId = id + ":" + (outbox.size() + 1);
        outbox.add(JobEvent.pending(eventId, type, at, memberId, reason, hours, insertionHours,
                type == JobEvent.Type.UNASSIGNED ? unassignedReason : null));
    }

    // ---- rules --------------------------------------------------------------------------------

    private void moveTo(JobState next, String action) {
        if (!state.canBecome(next)) {
            throw new ForbiddenTransition(id, action, state);
        }
        state = next;
    }

    private void requireOfferedTo(String member, String action) {
        if (state != JobState.OFFERED || !Objects.equals(memberId, member)) {
            throw new ForbiddenTransition(id, action, stateSeenBy(member));
        }
    }

    private void requireHeldBy(String member, String action) {
        if (!Objects.equals(memberId, member)) {
            throw new ForbiddenTransition(id, action, stateSeenBy(member));
        }
    }

    /** For a member the job was offered to before, the job is in the state its own offer ended in. */
    private JobState stateSeenBy(String member) {
        if (Objects.equals(memberId, member)) {
            return state;
        }
        return offers.stream().filter(o -> o.memberId().equals(member) && o.outcome() != null)
                .reduce((a, b) -> b)
                .map(o -> switch (o.outcome()) {
                    case DECLINED -> JobState.DECLINED;
                    case EXPIRED -> JobState.EXPIRED;
                    default -> JobState.CANCELLED;
                })
                .orElse(state);
    }

    /** {@code reason}: a person's words, as typed; {@code reasonCode}: provider-service's own reason. */
    private void endCurrentOffer(Offer.Outcome outcome, Instant at, String reason, String reasonCode) {
        int last = offers.size() - 1;
        if (last >= 0 && offers.get(last).outcome() == null) {
            offers.set(last, offers.get(last).ended(outcome, at, reason, reasonCode));
        }
    }

    private void endCurrentOffer(Offer.Outcome outcome, Instant at, String reason) {
        endCurrentOffer(outcome, at, reason, null);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * Whether the caller may read the job's visit (the customer's name, phone, address, notes): once the job is
     * accepted, in progress or done, coordinators and the staff of the member holding it now; nobody else.
     */
    public boolean showsVisitTo(Caller caller) {
        boolean taken = state == JobState.ACCEPTED || state == JobState.IN_PROGRESS || state == JobState.DONE;
        return taken && memberId != null && (caller.coordinator() || caller.isStaffOf(memberId));
    }

    /** Whether that member was ever offered this job (its staff may see it). */
    public boolean wasOfferedTo(String member) {
        return offers.stream().anyMatch(o -> o.memberId().equals(member));
    }

    /** Whether that member was offered this job or considered in one of its decisions (its staff may read them). */
    public boolean concerns(String member) {
        return wasOfferedTo(member) || decisions.stream().anyMatch(d -> d.considered(member));
    }

    /** The place the job holds now: its member's, for its service and day, while offered, accepted, started or done. */
    public Optional<PlaceKey> heldPlace() {
        boolean holds = state == JobState.OFFERED || state == JobState.ACCEPTED || state == JobState.IN_PROGRESS
                || state == JobState.DONE;
        return holds && memberId != null ? Optional.of(PlaceKey.of(memberId, order)) : Optional.empty();
    }

    /** The latest decision that offered the job to that member (with the month whose account counted it). */
    public Optional<DispatchDecision> decisionThatOffered(String member) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            DispatchDecision decision = decisions.get(i);
            if (member.equals(decision.winner())) {
                return decision.month() == null ? Optional.empty() : Optional.of(decision);
            }
        }
        return Optional.empty();
    }

    /** The decision that gave the job to the member holding it now, if the rotation counted it for that member. */
    public Optional<DispatchDecision> countedHolding() {
        if (heldPlace().isEmpty() || state == JobState.DONE) {
            return Optional.empty();
        }
        return decisionThatOffered(memberId);
    }

    /** Members that declined this order or let it expire: never offered it again by the rotation. */
    public Set<String> refusedBy() {
        return offers.stream().filter(Offer::refused).map(Offer::memberId).collect(Collectors.toSet());
    }

    public Optional<Offer> currentOffer() {
        return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(offers.size() - 1));
    }

    public Optional<DispatchDecision> rotationDecision() {
        return decisions.stream().filter(d -> d.kind() == DispatchDecision.Kind.ROTATION).findFirst();
    }

    public Optional<DispatchDecision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    public Optional<Instant> expiresAt() {
        return state == JobState.OFFERED ? currentOffer().map(Offer::expiresAt) : Optional.empty();
    }

    public Optional<Instant> offeredAt() {
        return currentOffer().map(Offer::offeredAt);
    }

    public String id() { return id; }
    public OrderRef order() { return order; }
    public long version() { return version; }
    public JobState loadedState() { return loadedState; }
    public JobState state() { return state; }
    public String memberId() { return memberId; }
    public List<Offer> offers() { return List.copyOf(offers); }
    public List<DispatchDecision> decisions() { return List.copyOf(decisions); }
    public List<JobEvent> outbox() { return List.copyOf(outbox); }
    public List<MemberNotice> notices() { return List.copyOf(notices); }
    public Optional<WorkReport> report() { return Optional.ofNullable(report); }
    public Optional<UnassignedReason> unassignedReason() { return Optional.ofNullable(unassignedReason); }
    public Instant updatedAt() { return updatedAt; }
}
