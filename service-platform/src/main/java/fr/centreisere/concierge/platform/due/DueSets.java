package fr.centreisere.concierge.platform.due;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A service's due sets by name, one instance each, so that the writer that marks a key and the
 * scheduler that listens for marks share it (declare one bean per service; it depends on the template only).
 */
public final class DueSets {

    private final MongoTemplate mongo;
    private final ConcurrentMap<String, DueSet> sets = new ConcurrentHashMap<>();

    public DueSets(MongoTemplate mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    public DueSet named(String name) {
        return sets.computeIfAbsent(name, n -> new DueSet(mongo, n));
    }
}
