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
            throw new CompanyRefused("Code postal « %s » invalide (5 chiffres). / Postal code « %s » is not valid (5 digits)."
                    .formatted(postalCode, postalCode));
        }
        if (vatNumber != null && !vatNumber.matches("FR[0-9A-Z]{2}\\d{9}")) {
            throw new CompanyRefused("Numéro de TVA « %s » invalide (FR, 2 caractères, SIREN). / VAT number « %s » is not valid (FR, 2 characters, SIREN)."
                    .formatted(vatNumber, vatNumber));
        }
    }
}
