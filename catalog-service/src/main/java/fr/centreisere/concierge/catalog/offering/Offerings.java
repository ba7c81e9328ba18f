package fr.centreisere.concierge.catalog.offering;

import java.util.Optional;

import fr.centreisere.concierge.platform.page.Page;

/** The catalog's services. */
public interface Offerings {

    Optional<Offering> find(OfferingId id);

    /**
     * Adds a new service.
     *
     * @throws SlugAlreadyUsed when its id or slug is already taken
     */
    void add(Offering offering);

    /**
     * Adds a seed service unless one with its id exists (a coordinator's later edit is never overwritten).
     *
     * @return whether it was added
     * @throws SlugAlreadyUsed when another service already has its slug
     */
    boolean addIfAbsent(Offering offering);

    /**
     * Stores the updated service if the stored one is still at {@code updated.version() - 1}.
     *
     * @throws OfferingChangedMeanwhile when someone else changed it first
     * @throws SlugAlreadyUsed when another service already has the new slug
     */
    void update(Offering updated);

    /** One page of the services matching the query, in a stable order: category, French title, id. */
    Page<Offering> search(OfferingQuery query);
}
