package fr.centreisere.concierge.catalog.coverage.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Optional;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownCoverage implements KnownCoverage {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoKnownCoverage(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<CoverageSnapshot> latest() {
        return Optional.ofNullable(mongo.findById(CoverageSnapshotDocument.LATEST, CoverageSnapshotDocument.class))
                .map(CoverageSnapshotDocument::toSnapshot);
    }

    @Override
    public boolean remember(CoverageSnapshot snapshot) {
        CoverageSnapshotDocument document = CoverageSnapshotDocument.of(snapshot, clock.instant());
        // replace only an older snapshot; when a newer one is there, the upsert's insert clashes on the id
        Query olderOrNone = Query.query(where("_id").is(CoverageSnapshotDocument.LATEST)
                .andOperator(new Criteria().orOperator(where("asOf").lt(snapshot.asOf()), where("asOf").exists(false))));
        try {
            mongo.findAndReplace(olderOrNone, document, FindAndReplaceOptions.options().upsert());
            return true;
        } catch (DuplicateKeyException newerAlreadyKept) {
            return false;
        }
    }
}
