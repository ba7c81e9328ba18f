package fr.centreisere.concierge.order.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import fr.centreisere.concierge.order.availability.Availability;
import fr.centreisere.concierge.order.catalog.Catalog;
import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

/**
 * A customer places an order: the same {@code Idempotency-Key} gives back the same order (also when
 * duplicates race: the unique key decides), the catalog prices it (no price, no order), provider-service
 * is asked whether the slot's day has room (issue 11: a full day is {@link DayFull} and nothing is stored;
 * no answer, and the order goes ahead), it is stored {@code PLACED} with its dispatch in its outbox (leased
 * to this request), and this request sends the dispatch and writes provider-service's answer
 * ({@link DispatchAtOnce}: two writes in all, no read back). Whether or not provider-service takes the
 * dispatch, the order is accepted; the outbox sends it later if needed. An order
 * billed {@code COMPANY} (issue 7) is delivered to the company site it names, if any, and the employer's
 * share is reserved on the employee's monthly allowance before the order is stored; if the order is not
 * stored after all (a duplicate won the race, the database failed), the reservation is given back.
 */
public class PlaceOrder {

    /** The order, and whether this request created it (201) or found it (200). */
    public record Placed(Order order, boolean created) {
    }

    private final Orders orders;
    private final OrderNumbers numbers;
    private final Catalog catalog;
    private final DispatchAtOnce dispatch;
    private final Clock clock;
    private final CompanyBilling companies;
    private final RoomOnTheDay room;
    private final OrderMeters meters;

    public PlaceOrder(Orders orders, OrderNumbers numbers, Catalog catalog, Availability availability,
            DispatchAtOnce dispatch, Clock clock, CompanyBilling companies) {
        this(orders, numbers, catalog, availability, dispatch, clock, companies, OrderMeters.NONE);
    }

    /** As above, telling {@code meters} of each order placed. */
    public PlaceOrder(Orders orders, OrderNumbers numbers, Catalog catalog, Availability availability,
            DispatchAtOnce dispatch, Clock clock, CompanyBilling companies, OrderMeters meters) {
        this.meters = meters;
        this.orders = orders;
        this.numbers = numbers;
        this.catalog = catalog;
        this.room = new RoomOnTheDay(availability);
        this.dispatch = dispatch;
        this.clock = clock;
        this.companies = companies;
    }

    public Placed place(Caller caller, OrderRequest asked, String idempotencyKey) {
        Optional<Order> existing = orders.findByIdempotencyKey(caller.userId(), idempotencyKey);
        if (existing.isPresent()) {
            return replay(existing.get(), asked, idempotencyKey);
        }
        if (asked.siteId() != null && asked.billing() != Billing.COMPANY) {
            throw new OrderRefused("order.site-needs-company-billing");
        }
        OrderRequest request = asked.siteId() == null ? asked
                : asked.atSite(companies.site(caller.userId(), asked.siteId()));
        ServiceOffer offer = catalog.offer(request.serviceId(), request.communeInsee())
                .orElseThrow(() -> new OrderRefused("order.service-not-in-catalog", request.serviceId()));
        Instant now = clock.instant();
        int year = now.atZone(Slot.TERRITORY_ZONE).getYear();
        // check first, number last: a refused request consumes no number, reserves no allowance
        Order.checkOffer(request, offer, now);
        room.check(request.serviceId(), request.communeInsee(), request.slot(), offer.leadTimeHours(), now);
        String id = "ord-" + UUID.randomUUID();
        // duplicates of this request share one reservation: whichever is stored, it holds the share
        String reservation = CompanyBilling.reservationOf(idempotencyKey, request.fingerprint());
        CompanyBilling.CompanyCharge charge = request.billing() != Billing.COMPANY ? null
                : companies.charge(reservation, caller.userId(), offer.category(), request.slot().date(),
                        personalPrice(offer, request).total(), now);
        Order stored;
        Optional<OutboxMessage> held;
        try {
            String number = OrderNumbers.format(year, numbers.next(year));
            Order order = Order.place(id, number, new Customer(caller.userId(), caller.displayName()), request,
                    idempotencyKey, offer, charge, now);
            held = dispatch.hold(order);
            stored = orders.insert(order);
        } catch (Orders.IdempotencyKeyTaken raced) {
            // a duplicate of this request won the race (its number is the one kept; ours is skipped)
            Order winner = orders.findByIdempotencyKey(caller.userId(), idempotencyKey).orElseThrow(() -> raced);
            if (!winner.answers(request)) {
                // another request under the same key: our reservation is ours alone
                releaseQuietly(charge, reservation, caller, now);
            }
            return replay(winner, request, idempotencyKey);
        } catch (RuntimeException failed) {
            releaseUnlessStored(charge, reservation, caller, idempotencyKey, now);
            throw failed;
        }
        meters.placed(stored);
        // placed, then dispatched by this request: one more write, with provider-service's answer
        return new Placed(dispatch.send(stored, held), true);
    }

    private static PriceBreakdown personalPrice(ServiceOffer offer, OrderRequest request) {
        return PriceBreakdown.personal(Money.ofCents(offer.unitPriceCents()),
                request.quantity(), offer.vatRatePercent(), offer.commissionRatePercent());
    }

    /** The insert failed: unless a duplicate of this request was stored meanwhile, its reservation goes back. */
    private void releaseUnlessStored(CompanyBilling.@Nullable CompanyCharge charge, String reservation, Caller caller,
            String idempotencyKey, Instant now) {
        if (charge == null) {
            return;
        }
        try {
            if (orders.findByIdempotencyKey(caller.userId(), idempotencyKey).isPresent()) {
                return;
            }
        } catch (RuntimeException databaseAway) {
            return; // the release would fail the same way; the original failure is what the caller hears of
        }
        releaseQuietly(charge, reservation, caller, now);
    }

    /** The order was not stored: what its charge reserved goes back to the employee's allowance. */
    private void releaseQuietly(CompanyBilling.@Nullable CompanyCharge charge, String reservation, Caller caller,
            Instant now) {
        if (charge == null) {
            return;
        }
        try {
            companies.release(reservation, caller.userId(), charge.companyId(), now);
        } catch (RuntimeException ignored) {
            // the reservation stays: the employee's allowance is short of that share until a coordinator fixes it
        }
    }

    private static Placed replay(Order existing, OrderRequest request, String idempotencyKey) {
        if (!existing.answers(request)) {
            throw new IdempotencyKeyReused(idempotencyKey);
        }
        return new Placed(existing, false);
    }
}
