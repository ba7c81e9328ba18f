package fr.centreisere.concierge.catalog.offering;

import java.util.List;

/** Every service as stored, active or not: what the catalog's in-memory read model is built from. */
public interface AllOfferings {

    List<Offering> all();
}
