package fr.centreisere.concierge.order.orders;

import java.util.Objects;

/** Who ordered. */
public record Customer(String userId, String displayName) {

    public Customer {
        Objects.requireNonNull(userId, "userId");
        displayName = displayName == null ? userId : displayName;
    }
}
