package fr.centreisere.concierge.provider.job;

import java.util.Objects;

/**
 * What the member holding an accepted job needs to carry it out, as order-service gives it (we store
 * none of it): who, where, how to call, and the customer's notes. Never asked for an offered job.
 */
public record Visit(String customerName, String phone, Address address, CompanySite companySite, String notes) {

    public Visit {
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(address, "address");
    }

    public record Address(String line1, String line2, String postalCode) {
        public Address {
            Objects.requireNonNull(line1, "line1");
            Objects.requireNonNull(postalCode, "postalCode");
        }
    }

    /** The company site the work is done at (an employee's order billed to their employer). */
    public record CompanySite(String name, String companyName) {
    }
}
