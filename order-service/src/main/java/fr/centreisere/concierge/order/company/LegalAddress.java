package fr.centreisere.concierge.order.company;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where a company is registered and billed (its head office, not a drop-off site), and its intra-community
 * VAT number when it has one: what an invoice addressed to it prints. Optional on a company.
 */
public record LegalAddress(String line1, @Nullable String line2, String postalCode, String city,
        @Nullable String vatNumber) {

    public LegalAddress {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        if (!postalCode.matches("\\d{5}")) {
            throw new CompanyRefused("company.postal-code-invalid", postalCode);
        }
        if (vatNumber != null && !vatNumber.matches("FR[0-9A-Z]{2}\\d{9}")) {
            throw new CompanyRefused("company.vat-number-invalid", vatNumber);
        }
    }
}
