package fr.centreisere.concierge.order.company;

import java.time.YearMonth;

import fr.centreisere.concierge.order.money.Money;

/**
 * What the employer's shares of an employee's orders have used of their monthly cap, per (company,
 * employee, month), with the reservations that used it (one per order request: see
 * {@code CompanyBilling.reservationOf}). Race-safe without transactions: a reservation is one
 * conditional update that succeeds only if the result stays within the cap.
 */
public interface Allowances {

    /** What is used so far. */
    Money used(String companyId, String userId, YearMonth month);

    /**
     * Adds {@code share} for {@code reservation} if the total stays ≤ {@code cap} and that reservation
     * was not made yet.
     *
     * @return the share now reserved (this one, or the one reserved before under that name), or
     * nothing when the cap would be exceeded (someone else used it meanwhile: read again and retry)
     */
    java.util.Optional<Money> reserve(String companyId, String userId, YearMonth month, String reservation, Money share,
            Money cap);

    /** Takes back what {@code reservation} holds, if anything; twice is harmless. */
    void release(String companyId, String userId, YearMonth month, String reservation);
}
