package fr.centreisere.concierge.order.company;

import java.util.Objects;

import fr.centreisere.concierge.order.orders.Address;

/** A drop-off point of a company in the territory: where its employees' orders may be delivered. */
public record Site(String id, String name, Address address, String communeInsee) {

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(communeInsee, "communeInsee");
    }
}
