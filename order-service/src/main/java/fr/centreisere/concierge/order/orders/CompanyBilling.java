package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import fr.centreisere.concierge.order.money.Money;

/**
 * The orders' window on company contracts (the {@code company} feature implements it): where a company
 * site is, whether an employee may bill an order to their employer and for how much, and giving the
 * employer's allowance back when such an order is cancelled.
 */
public interface CompanyBilling {

    /**
     * The site of the caller's employer where the service is wanted.
     *
     * @throws OrderRefused when the caller is not an approved employee or the company has no such site
     */
    DeliverySite site(String userId, String siteId);

    /**
     * Bills an order to the caller's employer: checks that they are an approved employee of a company
     * whose contract is valid on {@code slotDate} and includes {@code category}, and reserves the
     * employer's share of {@code total} on the employee's monthly allowance under {@code reservation}
     * (see {@link #reservationOf}): the same reservation twice reserves once and gets the same share, so
     * concurrent duplicates of one request share one reservation.
     *
     * @throws OrderRefused when the order cannot be billed to a company
     */
    CompanyCharge charge(String reservation, String userId, String category, LocalDate slotDate, Money total,
            Instant now);

    /**
     * Whether the company's contract still covers an order of {@code category} on {@code slotDate} (an
     * order billed to it moves to another day).
     *
     * @throws OrderRefused when it does not
     */
    void checkContractCovers(String companyId, String category, LocalDate slotDate);

    /**
     * The company's site at that address, for a visit sheet: an order billed to a company and sent to one of
     * its sites carries the site's address (the order does not keep the site's id). Empty when none matches.
     */
    default Optional<Visit.CompanySite> siteAt(String companyId, Address address) {
        return Optional.empty();
    }

    /** The reservation of a request: its idempotency key and what it asks (its fingerprint). */
    static String reservationOf(String idempotencyKey, String requestFingerprint) {
        return idempotencyKey + "|" + requestFingerprint;
    }

    /**
     * Gives back what an order took from the employee's monthly allowance (the order was cancelled, or
     * never stored); twice is harmless, and so is an order that took nothing.
     */
    void release(String reservation, String userId, String companyId, Instant placedAt);

    /** {@link #release(String, String, String, Instant)} for an order billed to a company; nothing otherwise. */
    default void release(Order order) {
        if (order.billing() == Billing.COMPANY && order.companyId() != null) {
            release(reservationOf(order.idempotencyKey(), order.requestFingerprint()), order.customer().userId(),
                    order.companyId(), order.createdAt());
        }
    }

    /** Without the company feature: nobody may bill a company. */
    CompanyBilling NONE = new CompanyBilling() {
        @Override
        public DeliverySite site(String userId, String siteId) {
            throw new OrderRefused("order.company-billing.no-site");
        }

        @Override
        public CompanyCharge charge(String reservation, String userId, String category, LocalDate slotDate, Money total,
                Instant now) {
            throw new OrderRefused("order.company-billing.not-employee", category);
        }

        @Override
        public void checkContractCovers(String companyId, String category, LocalDate slotDate) {
            throw new OrderRefused("order.company-billing.no-contract");
        }

        @Override
        public void release(String reservation, String userId, String companyId, Instant placedAt) {
        }
    };

    /** What the employer pays for an order, and which company. */
    record CompanyCharge(String companyId, Money employerShare) {
    }

    /** A company site as a delivery address: the address and the commune it is in. */
    record DeliverySite(String siteId, String communeInsee, Address address) {
    }
}
