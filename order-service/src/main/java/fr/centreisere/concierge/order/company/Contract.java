package fr.centreisere.concierge.order.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import fr.centreisere.concierge.order.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a company pays for its employees' orders: for the included categories, {@code employerSharePercent}
 * of each order's total (VAT included), rounded half up to the cent, until the employee's monthly cap
 * is reached; the employee pays the rest. Valid from {@code validFrom} to {@code validTo} inclusive
 * (no end when absent).
 */
public record Contract(BigDecimal employerSharePercent, Money monthlyCapPerEmployee, Set<String> includedCategories,
        LocalDate validFrom, @Nullable LocalDate validTo) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The catalog's nine categories (docs/API.md, « Catalog »): a published enumeration of the API, so
     * a contract's categories are checked against it here without a call to catalog-service.
     */
    public static final Set<String> CATEGORIES = Set.of("DELIVERY", "BIKE_RENTAL", "RESSOURCERIE_COLLECTION",
            "IRONING_LAUNDRY", "SMALL_REPAIRS", "GARDENING", "ENERGY_DIAGNOSTIC", "CLEANING", "ERRANDS");

    /** How far from today a contract may start or end. */
    public static final int YEARS_AROUND_TODAY = 20;

    public Contract {
        Objects.requireNonNull(employerSharePercent, "employerSharePercent");
        Objects.requireNonNull(monthlyCapPerEmployee, "monthlyCapPerEmployee");
        Objects.requireNonNull(validFrom, "validFrom");
        includedCategories = Set.copyOf(includedCategories);
        if (employerSharePercent.signum() < 0 || employerSharePercent.compareTo(HUNDRED) > 0) {
            throw new CompanyRefused("company.contract.share-out-of-bounds");
        }
        if (monthlyCapPerEmployee.isNegative()) {
            throw new CompanyRefused("company.contract.negative-cap");
        }
        if (includedCategories.isEmpty()) {
            throw new CompanyRefused("company.contract.no-category");
        }
        Set<String> unknown = new java.util.TreeSet<>(includedCategories);
        unknown.removeAll(CATEGORIES);
        if (!unknown.isEmpty()) {
            throw new CompanyRefused("company.contract.unknown-category", String.join(", ", unknown));
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new CompanyRefused("company.contract.ends-before-start");
        }
    }

    /**
     * A new contract's dates are within {@value #YEARS_AROUND_TODAY} years of {@code today} (a contract
     * from year 0 or to year 999999 is a typing mistake). Checked when a company is registered, not when
     * an old one is read.
     */
    public void checkDatesAround(LocalDate today) {
        LocalDate earliest = today.minusYears(YEARS_AROUND_TODAY);
        LocalDate latest = today.plusYears(YEARS_AROUND_TODAY);
        for (LocalDate date : validTo == null ? java.util.List.of(validFrom) : java.util.List.of(validFrom, validTo)) {
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                throw new CompanyRefused("company.contract.dates-out-of-bounds", earliest, latest);
            }
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean includes(String category) {
        return includedCategories.contains(category);
    }

    /**
     * The employer's share of an order of {@code total}, when the employee's orders of the month have
     * already used {@code usedThisMonth} of the cap: the contract's percentage, rounded half up to the
     * cent, but never more than what is left of the cap (an order crossing the cap is split exactly at it).
     */
    public Money employerShare(Money total, Money usedThisMonth) {
        Money share = total.percent(employerSharePercent);
        Money left = capLeft(usedThisMonth);
        return share.compareTo(left) <= 0 ? share : left;
    }

    /** What is left of the employee's monthly cap after {@code usedThisMonth} (never below zero). */
    public Money capLeft(Money usedThisMonth) {
        Money left = monthlyCapPerEmployee.minus(usedThisMonth);
        return left.isNegative() ? Money.ZERO : left;
    }
}
