package fr.centreisere.concierge.order.orders;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the member that holds an order's job needs to carry it out: who, where (the address, and the
 * company site when the order goes to one), how to call, and the customer's notes. Only for that member,
 * once it accepted the job (see {@link ShowVisit}).
 */
public record Visit(String orderId, String customerName, @Nullable String phone, Address address,
        String communeInsee, @Nullable CompanySite companySite, @Nullable String notes) {

    public Visit {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(communeInsee, "communeInsee");
    }

    /** The company site the order is delivered to: its name and its company's. */
    public record CompanySite(String name, String companyName) {
    }
}
