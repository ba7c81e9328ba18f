package fr.centreisere.concierge.order.invoice;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A seller's or buyer's legal identity as printed on the invoice, copied in at issue (a later change of
 * address does not touch an issued invoice): name, postal address, SIRET, VAT number when there is one.
 */
public record Party(String name, String line1, @Nullable String line2, String postalCode, String city,
        String countryCode, String siret, @Nullable String vatNumber, @Nullable String email) {

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(siret, "siret");
    }

    /** The company's registration number (SIREN): the SIRET's first nine digits. */
    public String siren() {
        return siret.length() >= 9 ? siret.substring(0, 9) : siret;
    }
}
