package fr.centreisere.concierge.order.orders;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Where the service is carried out. */
public record Address(String line1, @Nullable String line2, String postalCode) {

    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(postalCode, "postalCode");
    }
}
