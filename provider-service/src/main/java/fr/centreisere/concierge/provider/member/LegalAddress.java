package fr.centreisere.concierge.provider.member;

import org.jspecify.annotations.Nullable;

/**
 * Where a member structure is registered, and its intra-community VAT number when it has one (many
 * associations have none): what the pole's invoices to it print (issue 16). Optional on a member.
 */
public record LegalAddress(String line1, @Nullable String line2, String postalCode, String city,
        @Nullable String vatNumber) {

    public LegalAddress {
        if (line1 == null || line1.isBlank() || city == null || city.isBlank()) {
            throw new InvalidMember("member.address.street-and-city");
        }
        if (postalCode == null || !postalCode.matches("\\d{5}")) {
            throw new InvalidMember("member.address.postal-code", postalCode);
        }
        if (vatNumber != null && !vatNumber.matches("FR[0-9A-Z]{2}\\d{9}")) {
            throw new InvalidMember("member.address.vat-number", vatNumber);
        }
        line1 = line1.strip();
        city = city.strip();
    }
}
