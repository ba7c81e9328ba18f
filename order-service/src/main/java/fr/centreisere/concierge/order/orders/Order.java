package fr.centreisere.concierge.order.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.outbox.Outbox;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

/**
 * An order, from the moment a customer places it until it is completed or cancelled. Every change of
 * state goes through {@link OrderState}'s table, is appended to the history (who, when, why), and
 * puts the message provider-service must receive, if any, into the order's own outbox, and what the
 * customer is told into its {@code notifications} (a second outbox, so that a notification and a
 * dispatch never wait for each other): the state change and the messages are saved in one
 * single-document update.
 */
public final class Order {

    /** How many failed attempts make a message stuck, shown to coordinators. */
    public static final int STUCK_AFTER_ATTEMPTS = OutboxMessage.ATTENTION_AFTER_ATTEMPTS;

    /** Who acts when provider-service reports an outcome without a member. */
    public static final String PROVIDER_SERVICE = "provider-service";

    private final String id;
    private final String number;
    private final Customer customer;
    private final String serviceId;
    private final ServiceTitle serviceTitle;
    private final String category;
    private final int quantity;
    private final String communeInsee;
    private final Address address;
    private Slot slot;
    private final @Nullable String notes;
    private final @Nullable String phone;
    private final Billing billing;
    private final @Nullable String companyId;
    private final PriceBreakdown price;
    private final Instant createdAt;
    private final String idempotencyKey;
    private final String requestFingerprint;
    private OrderState state;
    private @Nullable String memberId;
    private @Nullable String jobId;
    private @Nullable String offeredTo;
    private @Nullable Instant lastEventAt;
    private @Nullable UnassignedReason lastUnassignedReason;
    private final List<HistoryEntry> history;
    private final Outbox outbox;
    private final Outbox notifications;
    private final List<ReceivedEvent> events;
    private final @Nullable Long version;

    /** Rebuilds an order as stored; use {@link #place} for a new one. */
    public Order(String id, String number, Customer customer, String serviceId, ServiceTitle serviceTitle,
            String category, int quantity, String communeInsee, Address address, Slot slot, @Nullable String notes,
            @Nullable String phone, Billing billing, @Nullable String companyId, PriceBreakdown price,
            Instant createdAt, String idempotencyKey, String requestFingerprint, OrderState state,
            @Nullable String memberId, @Nullable String jobId, @Nullable String offeredTo,
            @Nullable Instant lastEventAt, @Nullable UnassignedReason lastUnassignedReason,
            List<HistoryEntry> history, List<OutboxMessage> outbox, List<ReceivedEvent> events,
            @Nullable Long version) {
        this(id, number, customer, serviceId, serviceTitle, category, quantity, communeInsee, address, slot, notes,
                phone, billing, companyId, price, createdAt, idempotencyKey, requestFingerprint, state, memberId, jobId,
                offeredTo, lastEventAt, lastUnassignedReason, history, outbox, List.of(), events, version);
    }

    /** Rebuilds an order as stored, with its notifications. */
    public Order(String id, String number, Customer customer, String serviceId, ServiceTitle serviceTitle,
            String category, int quantity, String communeInsee, Address address, Slot slot, @Nullable String notes,
            @Nullable String phone, Billing billing, @Nullable String companyId, PriceBreakdown price,
            Instant createdAt, String idempotencyKey, String requestFingerprint, OrderState state,
            @Nullable String memberId, @Nullable String jobId, @Nullable String offeredTo,
            @Nullable Instant lastEventAt, @Nullable UnassignedReason lastUnassignedReason,
            List<HistoryEntry> history, List<OutboxMessage> outbox, List<OutboxMessage> notifications,
            List<ReceivedEvent> events, @Nullable Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.serviceId = serviceId;
        this.serviceTitle = serviceTitle;
        this.category = category;
        this.quantity = quantity;
        this.communeInsee = communeInsee;
        this.address = address;
        this.slot = slot;
        this.notes = notes;
        this.phone = phone;
        this.billing = billing;
        this.companyId = companyId;
        this.price = price;
        this.createdAt = createdAt;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.state = Objects.requireNonNull(state, "state");
        this.memberId = memberId;
        this.jobId = jobId;
        this.offeredTo = offeredTo;
        this.lastEventAt = lastEventAt;
        this.lastUnassignedReason = lastUnassignedReason;
        this.history = new ArrayList<>(history);
        this.outbox = Outbox.of(outbox);
        this.notifications = Outbox.of(notifications);
        this.events = new ArrayList<>(events);
        this.version = version;
    }

    /**
     * Checks the request against the catalog's offer at {@code now} and, when every rule holds, gives
     * the new order: {@code PLACED}, priced, with its dispatch waiting in the outbox. Billing
     * {@code PERSONAL} only; see the overload for an order billed to a company.
     *
     * @throws OrderRefused when a rule does not hold (422)
     */
    public static Order place(String id, String number, Customer customer, OrderRequest request,
            String idempotencyKey, ServiceOffer offer, Instant now) {
        return place(id, number, customer, request, idempotencyKey, offer, null, now);
    }

    /**
     * As {@link #place(String, String, Customer, OrderRequest, String, ServiceOffer, Instant)}; an order
     * billed {@code COMPANY} needs the company's charge (the employer's share, decided by the contract).
     */
    public static Order place(String id, String number, Customer customer, OrderRequest request,
            String idempotencyKey, ServiceOffer offer, CompanyBilling.@Nullable CompanyCharge charge, Instant now) {
        checkOffer(request, offer, now);
        if (request.billing() == Billing.COMPANY && charge == null) {
            throw new OrderRefused("order.company-billing.not-employee", offer.category());
        }
        if (request.billing() != Billing.COMPANY && charge != null) {
            throw new IllegalArgumentException("a company charge goes with billing COMPANY only");
        }
        PriceBreakdown price = PriceBreakdown.personal(Money.ofCents(offer.unitPriceCents()), request.quantity(),
                offer.vatRatePercent(), offer.commissionRatePercent());
        if (charge != null) {
            price = price.withEmployerShare(charge.employerShare());
        }
        List<HistoryEntry> history = List.of(new HistoryEntry(OrderState.PLACED, now, customer.userId(),
                Message.of("order.history.placed")));
        List<OutboxMessage> outbox = List.of(
                ProviderMessages.of(id + "-m1", ProviderMessages.Kind.DISPATCH, null, null, null, null, now));
        Order order = new Order(id, number, customer, request.serviceId(),
                new ServiceTitle(offer.titleFr(), offer.titleEn()), offer.category(), request.quantity(),
                request.communeInsee(), request.address(), request.slot(), request.notes(), request.phone(),
                request.billing(), charge == null ? null : charge.companyId(), price, now, idempotencyKey,
                request.fingerprint(), OrderState.PLACED, null, null, null, null, null, history, outbox, List.of(),
                List.of(), null);
        order.tell(CustomerNotifications.received(order, now), now);
        return order;
    }

    /**
     * The rules an order must follow, checked against the catalog's offer at {@code now}.
     *
     * @throws OrderRefused for the first rule that does not hold
     */
    public static void checkOffer(OrderRequest request, ServiceOffer offer, Instant now) {
        if (request.address() == null || request.communeInsee() == null) {
            throw new IllegalArgumentException("a request without its address: resolve its site first");
        }
        // a refusal names the service and the commune as the customer knows them, never by their ids
        CommuneWords commune = new CommuneWords(request.communeInsee(), offer.communeName());
        if (!offer.active() || !offer.availableInCommune()) {
            throw OrderRefused.inWords("order.service-not-offered", List.of(offer.titleFr(), commune.french()),
                    List.of(offer.titleEn(), commune.english()));
        }
        if (!offer.communePostalCodes().isEmpty()
                && !offer.communePostalCodes().contains(request.address().postalCode())) {
            String codes = String.join(", ", offer.communePostalCodes());
            String postalCode = request.address().postalCode();
            throw OrderRefused.inWords("order.postal-code-not-of-commune", List.of(postalCode, commune.french(), codes),
                    List.of(postalCode, commune.english(), codes));
        }
        checkSlot(request.slot(), offer.leadTimeHours(), now);
        if (request.quantity() < offer.minQuantity() || request.quantity() > offer.maxQuantity()) {
            throw new OrderRefused("order.quantity-out-of-bounds", offer.minQuantity(), offer.maxQuantity());
        }
        // billing COMPANY: whether the caller may is CompanyBilling's to say (PlaceOrder asks it next)
        if (offer.audience() == ServiceOffer.Audience.COMPANY && request.billing() != Billing.COMPANY) {
            throw new OrderRefused("order.service-for-companies");
        }
    }

    /**
     * The rules of a slot, when placing and when rescheduling: on quarter hours, not past, not inside
     * the service's lead time, within the coming year (Europe/Paris days).
     *
     * @throws OrderRefused for the first rule that does not hold
     */
    public static void checkSlot(Slot slot, int leadTimeHours, Instant now) {
        if (!slot.onQuarterHours()) {
            throw new OrderRefused("order.slot.quarter-hours");
        }
        Instant start = slot.start().toInstant();
        if (!start.isAfter(now)) {
            throw new OrderRefused("order.slot.past");
        }
        if (start.isBefore(now.plus(Duration.ofHours(leadTimeHours)))) {
            throw new OrderRefused("order.slot.lead-time", leadTimeHours);
        }
        LocalDate lastDay = lastBookableDay(now);
        if (slot.date().isAfter(lastDay)) {
            throw new OrderRefused("order.slot.beyond-a-year", lastDay);
        }
    }

    /** The last day a slot may be on: a year from today (Europe/Paris). */
    public static LocalDate lastBookableDay(Instant now) {
        return now.atZone(Slot.TERRITORY_ZONE).toLocalDate().plusYears(1);
    }

    /** Whether this caller may read the order: its customer, the assigned member's staff, a coordinator. */
    public boolean isVisibleTo(Caller caller) {
        return caller.coordinator() || customer.userId().equals(caller.userId())
                || (memberId != null && memberId.equals(caller.staffOfMember()));
    }

    /** Whether this request is the one that created the order (same key, same content). */
    public boolean answers(OrderRequest request) {
        return requestFingerprint.equals(request.fingerprint());
    }

    /**
     * Cancels the order: its customer before the work starts, a coordinator until it is completed.
     * A dispatch that never left is dropped; otherwise provider-service is told to cancel the job.
     */
    public void cancel(Caller caller, @Nullable String reason, Instant now) {
        boolean owner = customer.userId().equals(caller.userId());
        if (!owner && !caller.coordinator()) {
            throw new ActionNotAllowed("order.cancel.not-allowed");
        }
        if (!caller.coordinator() && !state.cancellableByCustomer()) {
            throw new TransitionForbidden("order.cancel.too-late-for-customer", state);
        }
        // the customer's or coordinator's own words, as typed; without any, order-service says it
        moveTo(reason == null ? new HistoryEntry(OrderState.CANCELLED, now, caller.userId(), Message.of("order.history.cancelled"))
                        : new HistoryEntry(OrderState.CANCELLED, now, caller.userId(), reason));
        boolean providerKnows = outbox.messages().stream().anyMatch(message -> message.mayHaveArrived(now));
        outbox.withdrawUnsent(message -> true, now);
        if (providerKnows) {
            outbox.add(ProviderMessages.cancel(id + "-m" + (outbox.size() + 1), reason,
                    owner ? "CUSTOMER" : "COORDINATOR", now));
        }
        tell(CustomerNotifications.cancelled(this, owner ? "CUSTOMER" : "COORDINATOR", reason, now), now);
    }

    /** A coordinator offers an order that no member could take to the member they chose. */
    public void reassign(Caller caller, String toMember, Instant now) {
        reassign(caller, toMember, null, now);
    }

    /**
     * A coordinator offers an order that no member could take to the member they chose; with an
     * {@code overrideReason}, to a member that does not fit (the reason is recorded in the history and
     * sent to provider-service).
     */
    public void reassign(Caller caller, String toMember, @Nullable String overrideReason, Instant now) {
        checkMayReassign(caller);
        if (overrideReason != null && overrideReason.isBlank()) {
            throw new IllegalArgumentException("an override needs its reason");
        }
        // the coordinator's override reason is their own words: kept as typed
        moveTo(new HistoryEntry(OrderState.DISPATCHING, now, caller.userId(),
                Message.of(overrideReason == null ? "order.history.reassigned" : "order.history.reassigned-override",
                        toMember), null, overrideReason));
        offeredTo = toMember;
        // the message's reason carries who decided, for provider-service's record of the decision
        enqueue(ProviderMessages.Kind.REASSIGN, toMember, caller.userId(), now, overrideReason, null);
    }

    /** @throws ActionNotAllowed unless a coordinator asks; @throws TransitionForbidden unless {@code UNASSIGNED} */
    public void checkMayReassign(Caller caller) {
        if (!caller.coordinator()) {
            throw new ActionNotAllowed("order.reassign.not-allowed");
        }
        if (state != OrderState.UNASSIGNED) {
            throw new TransitionForbidden("order.reassign.not-unassigned", state);
        }
    }

    /**
     * Its customer or a coordinator moves an {@code UNASSIGNED} order to another slot (the slot's rules
     * and the day's room are the use case's to check first): the order is dispatched again. If
     * provider-service holds the order's job, it is told to move it ({@code RESCHEDULE}, the previous slot
     * kept in the message in case it refuses); if it never took the dispatch (refused as invalid), the
     * dispatch is sent again, with the new slot.
     */
    public void reschedule(Caller caller, Slot to, Instant now) {
        checkMayReschedule(caller);
        Slot previous = slot;
        slot = Objects.requireNonNull(to, "to");
        moveTo(new HistoryEntry(OrderState.DISPATCHING, now,
                caller.userId(), Message.of("order.history.rescheduled", previous, to)));
        offeredTo = null;
        if (providerHoldsTheJob()) {
            enqueue(ProviderMessages.Kind.RESCHEDULE, null, null, now, null, previous);
        } else {
            enqueue(ProviderMessages.Kind.DISPATCH, null, null, now, null, null);
        }
    }

    /** @throws ActionNotAllowed unless its customer or a coordinator asks; @throws TransitionForbidden unless {@code UNASSIGNED} */
    public void checkMayReschedule(Caller caller) {
        if (!customer.userId().equals(caller.userId()) && !caller.coordinator()) {
            throw new ActionNotAllowed("order.reschedule.not-allowed");
        }
        if (state != OrderState.UNASSIGNED) {
            throw new TransitionForbidden("order.reschedule.not-unassigned", state);
        }
    }

    /** Whether provider-service took a dispatch of this order (and so holds its job). */
    private boolean providerHoldsTheJob() {
        return outbox.messages().stream()
                .anyMatch(m -> ProviderMessages.kindOf(m) == ProviderMessages.Kind.DISPATCH && m.delivered());
    }

    /**
     * Applies what provider-service reports of the job. The same event twice changes nothing; an
     * event older than what the order knows, or that no longer fits its state, is recorded and not
     * applied.
     *
     * @return whether the order changed (and must be saved)
     */
    public boolean apply(JobEvent event, Instant now) {
        return apply(event, now, List.of());
    }

    /**
     * As {@link #apply(JobEvent, Instant)}; {@code nextDaysWithRoom} are told to the customer when the
     * event leaves the order {@code UNASSIGNED} (the caller asked provider-service's availability first).
     */
    public boolean apply(JobEvent event, Instant now, List<LocalDate> nextDaysWithRoom) {
        return apply(event, now, true, nextDaysWithRoom);
    }

    private boolean apply(JobEvent event, Instant now, boolean datesTheOrder, List<LocalDate> nextDaysWithRoom) {
        if (events.stream().anyMatch(received -> received.eventId().equals(event.eventId()))) {
            return false;
        }
        boolean applies = fits(event);
        events.add(new ReceivedEvent(event.eventId(), event.type(), event.jobId(), event.memberId(),
                event.occurredAt(), now, applies));
        if (!applies) {
            return true;
        }
        if (datesTheOrder && (lastEventAt == null || event.occurredAt().isAfter(lastEventAt))) {
            lastEventAt = event.occurredAt();
        }
        if (event.jobId() != null) {
            jobId = event.jobId();
        }
        String by = event.memberId() != null ? "member:" + event.memberId() : PROVIDER_SERVICE;
        moveTo(why(event, by));
        switch (event.type()) {
            case OFFERED -> offeredTo = event.memberId();
            case ACCEPTED -> {
                memberId = event.memberId();
                offeredTo = null;
            }
            case UNASSIGNED -> {
                memberId = null;
                offeredTo = null;
                lastUnassignedReason = event.unassignedReason();
            }
            default -> { }
        }
        CustomerNotifications.of(this, event, nextDaysWithRoom).ifPresent(told -> tell(told, now));
        return true;
    }

    // --- notifications -----------------------------------------------------------------------------

    /** Writes what the customer is told in the order's notifications, with the change that causes it. */
    private void tell(NotificationEvent event, Instant now) {
        notifications.add(event.asMessage(NotificationEvent.idFor(id, notifications.size() + 1), now));
    }

    private boolean fits(JobEvent event) {
        if (lastEventAt != null && event.occurredAt().isBefore(lastEventAt)) {
            return false;
        }
        OrderState next = event.type().leadsTo();
        if (!state.canMoveTo(next)) {
            return false;
        }
        // the same offer told twice (the dispatch answer, then the event): nothing new
        return !(state == OrderState.DISPATCHING && next == OrderState.DISPATCHING
                && Objects.equals(offeredTo, event.memberId())
                && (event.jobId() == null || Objects.equals(jobId, event.jobId())));
    }

    /** The history's why: order-service's words for the event, and provider-service's own text if it sent one. */
    private static HistoryEntry why(JobEvent event, String by) {
        OrderState next = event.type().leadsTo();
        String told = event.reason() == null || event.reason().isBlank() ? null : event.reason();
        if (event.type() == JobEventType.UNASSIGNED && event.unassignedReason() != null) {
            return new HistoryEntry(next, event.occurredAt(), by, event.unassignedReason().message(), null, told);
        }
        if (told != null) {
            return new HistoryEntry(next, event.occurredAt(), by, told);
        }
        String member = String.valueOf(event.memberId());
        Message why = switch (event.type()) {
            case OFFERED -> Message.of("order.history.offered", member);
            case ACCEPTED -> Message.of("order.history.accepted", member);
            case IN_PROGRESS -> Message.of("order.history.started");
            case DONE -> Message.of("order.history.completed");
            case UNASSIGNED -> Message.of("order.history.no-member");
            case CANCELLED -> Message.of("order.history.cancelled-by-provider");
        };
        return new HistoryEntry(next, event.occurredAt(), by, why);
    }

    /** Moves to the entry's state, with the entry in the history. */
    private void moveTo(HistoryEntry entry) {
        OrderState next = entry.state();
        if (!state.canMoveTo(next)) {
            throw TransitionForbidden.of(state, next);
        }
        state = next;
        history.add(entry);
    }

    private void enqueue(ProviderMessages.Kind kind, @Nullable String member, @Nullable String reason, Instant now) {
        enqueue(kind, member, reason, now, null, null);
    }

    private void enqueue(ProviderMessages.Kind kind, @Nullable String member, @Nullable String reason, Instant now,
            @Nullable String overrideReason, @Nullable Slot previousSlot) {
        outbox.add(ProviderMessages.of(id + "-m" + (outbox.size() + 1), kind, member, reason, overrideReason,
                previousSlot, now));
    }

    // --- the outbox, as the relay sees it ------------------------------------------------------

    /**
     * The new order's dispatch, held by whoever places it: {@code lease} gives the message as the
     * insert stores it (leased to the placing request, which sends it at once), so that no relay sends it
     * meanwhile.
     *
     * @return the held dispatch, or nothing when the order has no dispatch waiting
     */
    public Optional<OutboxMessage> holdDispatch(java.util.function.UnaryOperator<OutboxMessage> lease) {
        Optional<OutboxMessage> waiting = outbox.head(ProviderMessages.DESTINATION)
                .filter(m -> ProviderMessages.kindOf(m) == ProviderMessages.Kind.DISPATCH && m.attempts() == 0
                        && m.claimToken() == null);
        waiting.ifPresent(m -> outbox.replace(m.id(), lease));
        return waiting.flatMap(m -> outbox.find(m.id()));
    }

    /** The provider-service message to send now, if any: they leave one at a time, in the order written. */
    public Optional<OutboxMessage> nextMessage(Instant now) {
        return outbox.nextDue(now);
    }

    /**
     * What became of a message the relay sent, applied in the same write: provider-service took it
     * (a dispatch's answer is applied like the job event it amounts to), refused it for good (see
     * {@link #messageRefused}), or did not take it (retried later). A notification is only recorded.
     * {@code nextDaysWithRoom} are told to the customer if the answer leaves the order unassigned.
     *
     * @return whether the order changed (a message settled already by another relay changes nothing)
     */
    public boolean settle(OutboxMessage settled, Instant now, List<LocalDate> nextDaysWithRoom) {
        if (!ProviderMessages.isProviderMessage(settled)) {
            return notifications.settle(settled);
        }
        Optional<OutboxMessage> stored = outbox.find(settled.id());
        if (stored.isEmpty() || stored.get().settled()) {
            return false;
        }
        if (settled.delivered()) {
            outbox.settle(settled);
            ProviderMessages.answerOf(settled, now).ifPresent(answer -> apply(answer, now, false, nextDaysWithRoom));
        } else if (settled.givenUp()) {
            refused(settled, settled.lastError() == null ? ProviderRefusal.write(UnassignedReason.REFUSED_BY_PROVIDER.message())
                    : settled.lastError(), now, nextDaysWithRoom);
        } else {
            outbox.settle(settled);
        }
        return true;
    }

    /**
     * provider-service took the message. A dispatch's answer ({@code OFFERED}, {@code UNASSIGNED}, …)
     * is applied like the corresponding job event.
     */
    public void messageSent(String messageId, Instant now, @Nullable JobEvent answer) {
        Optional<OutboxMessage> message = outbox.find(messageId);
        if (message.isEmpty() || message.get().settled()) {
            return;
        }
        outbox.settle(message.get().delivered(now, null));
        if (answer != null) {
            // the answer is not dated by provider-service: it never makes a later event look stale
            apply(answer, now, false, List.of());
        }
    }

    /**
     * provider-service refused the message for good (as invalid, or no longer possible): it is given
     * up, never resent, and handled here (not reported as stuck). A refused dispatch leaves the order
     * {@code UNASSIGNED} with {@link UnassignedReason#REFUSED_BY_PROVIDER} and provider-service's
     * {@code refusal} (its problem's detail) as the history's reason. A refused reassignment puts the
     * order back to {@code UNASSIGNED} (if nothing moved it since) with the reason it had, so that a
     * coordinator chooses again.
     */
    public void messageRefused(String messageId, String refusal, Instant now) {
        Optional<OutboxMessage> message = outbox.find(messageId);
        if (message.isEmpty() || message.get().settled()) {
            return;
        }
        refused(message.get().gaveUp(now, null, refusal), refusal, now, List.of());
    }

    private void refused(OutboxMessage givenUp, String refusal, Instant now, List<LocalDate> nextDaysWithRoom) {
        outbox.settle(givenUp.handled(now));
        ProviderMessages.Kind kind = ProviderMessages.kindOf(givenUp);
        if (kind == ProviderMessages.Kind.REASSIGN && state == OrderState.DISPATCHING
                && Objects.equals(offeredTo, ProviderMessages.memberId(givenUp))) {
            moveTo(refusedEntry(now,
                    Message.of("order.history.reassign-refused"), refusal));
            offeredTo = null;
        } else if (kind == ProviderMessages.Kind.DISPATCH
                && (state == OrderState.PLACED || state == OrderState.DISPATCHING)) {
            moveTo(refusedEntry(now, null, refusal));
            offeredTo = null;
            lastUnassignedReason = UnassignedReason.REFUSED_BY_PROVIDER;
            tell(CustomerNotifications.unassigned(this, now, nextDaysWithRoom), now);
        } else if (kind == ProviderMessages.Kind.RESCHEDULE && state == OrderState.DISPATCHING) {
            // provider-service's job kept its slot: so does the order
            Slot previous = ProviderMessages.previousSlot(givenUp);
            Message why = previous == null || previous.equals(slot) ? Message.of("order.history.reschedule-refused")
                    : Message.of("order.history.reschedule-refused-slot-back", previous);
            if (previous != null) {
                slot = previous;
            }
            moveTo(refusedEntry(now, why, refusal));
            offeredTo = null;
            lastUnassignedReason = UnassignedReason.REFUSED_BY_PROVIDER;
        }
    }

    /**
     * The history entry of a refusal: order-service's {@code why} (none for a refused dispatch: the
     * refusal says it all) and provider-service's answer, read from the message's {@code refusal}
     * ({@link ProviderRefusal}); a refusal kept as text before the codes is shown as it is.
     */
    private static HistoryEntry refusedEntry(Instant now, @Nullable Message why, String refusal) {
        Optional<Message> said = ProviderRefusal.read(refusal);
        if (why == null) {
            return said.map(cause -> new HistoryEntry(OrderState.UNASSIGNED, now, PROVIDER_SERVICE, cause))
                    .orElseGet(() -> new HistoryEntry(OrderState.UNASSIGNED, now, PROVIDER_SERVICE, refusal));
        }
        return new HistoryEntry(OrderState.UNASSIGNED, now, PROVIDER_SERVICE, why, said.orElse(null),
                said.isPresent() ? null : refusal);
    }

    /** provider-service did not take the message: try again after {@code retryIn}. */
    public void messageFailed(String messageId, String error, Instant now, Duration retryIn) {
        Optional<OutboxMessage> message = outbox.find(messageId);
        if (message.isEmpty() || message.get().settled()) {
            return;
        }
        outbox.settle(message.get().failed(null, error, now.plus(retryIn)));
    }

    /** When a relay should next look at this order's provider-service messages; nothing when all is sent. */
    public @Nullable Instant outboxDueAt() {
        return outbox.dueAt();
    }

    /**
     * The message that holds the order up, when it was tried {@link #STUCK_AFTER_ATTEMPTS} times or more
     * without being taken (or a notification given up): what coordinators are shown (issue 11).
     */
    public Optional<OutboxMessage> stuckMessage() {
        return java.util.stream.Stream.concat(outbox.needingAttention(STUCK_AFTER_ATTEMPTS).stream(),
                notifications.needingAttention(STUCK_AFTER_ATTEMPTS).stream()).findFirst();
    }

    /** Whether a message to provider-service is still to be delivered. */
    public boolean hasUnsentMessages() {
        return outbox.hasUnsettled();
    }

    // --- reading ---------------------------------------------------------------------------------

    public String id() { return id; }
    public String number() { return number; }
    public Customer customer() { return customer; }
    public String serviceId() { return serviceId; }
    public ServiceTitle serviceTitle() { return serviceTitle; }
    public String category() { return category; }
    public int quantity() { return quantity; }
    public String communeInsee() { return communeInsee; }
    public Address address() { return address; }
    public Slot slot() { return slot; }
    public @Nullable String notes() { return notes; }
    public @Nullable String phone() { return phone; }
    public Billing billing() { return billing; }
    public @Nullable String companyId() { return companyId; }
    public PriceBreakdown price() { return price; }
    public Instant createdAt() { return createdAt; }
    public String idempotencyKey() { return idempotencyKey; }
    public String requestFingerprint() { return requestFingerprint; }
    public OrderState state() { return state; }
    public @Nullable String memberId() { return memberId; }
    public @Nullable String jobId() { return jobId; }
    public @Nullable String offeredTo() { return offeredTo; }
    public @Nullable Instant lastEventAt() { return lastEventAt; }

    /** Why the order is {@code UNASSIGNED}, when it is and provider-service said why; nothing in any other state. */
    public @Nullable UnassignedReason unassignedReason() {
        return state == OrderState.UNASSIGNED ? lastUnassignedReason : null;
    }

    /**
     * The reason of the latest time the order became {@code UNASSIGNED}, kept while a coordinator's
     * reassignment is tried (a refused one gives it back): what is stored.
     */
    public @Nullable UnassignedReason lastUnassignedReason() { return lastUnassignedReason; }
    public List<HistoryEntry> history() { return List.copyOf(history); }
    public List<OutboxMessage> outbox() { return outbox.messages(); }
    /** The notification events of this order, delivered to notification-service. */
    public List<OutboxMessage> notifications() { return notifications.messages(); }
    public List<ReceivedEvent> events() { return List.copyOf(events); }
    public @Nullable Long version() { return version; }

    /** Newest first, then by number: how lists show orders. */
    public static final Comparator<Order> NEWEST_FIRST =
            Comparator.comparing(Order::createdAt).reversed().thenComparing(Order::number);
}
