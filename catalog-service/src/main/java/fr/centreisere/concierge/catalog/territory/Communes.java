package fr.centreisere.concierge.catalog.territory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The communes of the territory (reference data, seeded from the official geographic code). */
public interface Communes {

    /** Communes matching the filter, ordered by name (accents ignored), then INSEE code. */
    List<Commune> find(CommuneFilter filter, int page, int size);

    long count(CommuneFilter filter);

    Optional<Commune> find(String inseeCode);

    boolean exists(String inseeCode);

    /** Writes each commune (insert or replace by INSEE code); returns how many there are now. */
    long store(Collection<Commune> communes);
}
