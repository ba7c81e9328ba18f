package fr.centreisere.concierge.catalog.browse;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;

/**
 * The communes: one by its code from the read model (every search and offer checks one), the lists from the
 * store, writes to the store (and then the read model told).
 */
public class ReadModelCommunes implements Communes {

    private final Communes store;
    private final CatalogReadModel model;

    public ReadModelCommunes(Communes store, CatalogReadModel model) {
        this.store = store;
        this.model = model;
    }

    @Override
    public List<Commune> find(CommuneFilter filter, int page, int size) {
        return store.find(filter, page, size);
    }

    @Override
    public long count(CommuneFilter filter) {
        return store.count(filter);
    }

    @Override
    public Optional<Commune> find(String inseeCode) {
        return model.current().commune(inseeCode);
    }

    @Override
    public boolean exists(String inseeCode) {
        return model.current().commune(inseeCode).isPresent();
    }

    @Override
    public long store(Collection<Commune> communes) {
        long stored = store.store(communes);
        model.changed();
        return stored;
    }
}
