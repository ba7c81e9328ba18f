package fr.centreisere.concierge.catalog.offering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.platform.page.Page;

/** The port in memory, for use-case tests: filters like the real one, remembers the last query. */
class InMemoryOfferings implements Offerings {

    private final Map<OfferingId, Offering> byId = new LinkedHashMap<>();
    OfferingQuery lastQuery;

    InMemoryOfferings with(Offering... offerings) {
        for (Offering offering : offerings) {
            byId.put(offering.id(), offering);
        }
        return this;
    }

    @Override
    public Optional<Offering> find(OfferingId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void add(Offering offering) {
        if (byId.containsKey(offering.id()) || slugTaken(offering)) {
            throw new SlugAlreadyUsed(offering.details().slug());
        }
        byId.put(offering.id(), offering);
    }

    @Override
    public boolean addIfAbsent(Offering offering) {
        if (byId.containsKey(offering.id())) {
            return false;
        }
        add(offering);
        return true;
    }

    @Override
    public void update(Offering updated) {
        Offering stored = byId.get(updated.id());
        if (stored == null) {
            throw new OfferingNotFound(updated.id().value());
        }
        if (stored.version() != updated.version() - 1) {
            throw new OfferingChangedMeanwhile(updated.id());
        }
        if (slugTaken(updated)) {
            throw new SlugAlreadyUsed(updated.details().slug());
        }
        byId.put(updated.id(), updated);
    }

    @Override
    public Page<Offering> search(OfferingQuery query) {
        lastQuery = query;
        List<Offering> matching = new ArrayList<>(byId.values().stream()
                .filter(Offering::isActive)
                .filter(o -> query.onlyIds().map(ids -> ids.contains(o.id())).orElse(true))
                .filter(o -> query.category().map(c -> c == o.details().category()).orElse(true))
                .filter(o -> query.audience().map(a -> a.shownTo().contains(o.details().audience())).orElse(true))
                .filter(o -> query.words().stream().allMatch(word -> o.searchText().contains(word)))
                .sorted(Comparator.comparing((Offering o) -> o.details().category().name())
                        .thenComparing(Offering::sortTitle).thenComparing(o -> o.id().value()))
                .toList());
        int from = Math.min(query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new Page<>(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    private boolean slugTaken(Offering offering) {
        return byId.values().stream().anyMatch(other -> !other.id().equals(offering.id())
                && other.details().slug().equals(offering.details().slug()));
    }
}
