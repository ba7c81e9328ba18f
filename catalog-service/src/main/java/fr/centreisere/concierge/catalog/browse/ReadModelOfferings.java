package fr.centreisere.concierge.catalog.browse;

import java.util.Optional;

import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingChangedMeanwhile;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.OfferingQuery;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.platform.page.Page;

/** The services: read from the read model, written to the store (and then the read model told). */
public class ReadModelOfferings implements Offerings {

    private final Offerings store;
    private final CatalogReadModel model;

    public ReadModelOfferings(Offerings store, CatalogReadModel model) {
        this.store = store;
        this.model = model;
    }

    @Override
    public Optional<Offering> find(OfferingId id) {
        return model.current().offering(id);
    }

    @Override
    public Page<Offering> search(OfferingQuery query) {
        return model.current().search(query);
    }

    @Override
    public void add(Offering offering) {
        store.add(offering);
        model.changed();
    }

    @Override
    public boolean addIfAbsent(Offering offering) {
        boolean added = store.addIfAbsent(offering);
        if (added) {
            model.changed();
        }
        return added;
    }

    @Override
    public void update(Offering updated) {
        try {
            store.update(updated);
        } catch (OfferingChangedMeanwhile changedElsewhere) {
            model.checkSoon(); // the version read here was older than the store's: another instance changed it
            throw changedElsewhere;
        }
        model.changed();
    }
}
