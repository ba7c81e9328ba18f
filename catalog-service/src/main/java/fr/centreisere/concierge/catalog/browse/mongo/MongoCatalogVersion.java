package fr.centreisere.concierge.catalog.browse.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import fr.centreisere.concierge.catalog.browse.CatalogVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The version as one document read by its id (served by the _id index, also by the embedded store). */
@Repository
class MongoCatalogVersion implements CatalogVersion {

    private static final Query THE_VERSION = Query.query(where("_id").is(CatalogVersionDocument.CATALOG));

    private final MongoTemplate mongo;

    MongoCatalogVersion(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long current() {
        CatalogVersionDocument document = mongo.findById(CatalogVersionDocument.CATALOG, CatalogVersionDocument.class);
        return document == null ? 0 : document.version();
    }

    @Override
    public long raise() {
        try {
            return increment();
        } catch (DuplicateKeyException firstRaiseRacedAnother) {
            return increment(); // two first raises at once: the other created the document, increment it now
        }
    }

    private long increment() {
        CatalogVersionDocument raised = mongo.findAndModify(THE_VERSION, new Update().inc("version", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), CatalogVersionDocument.class);
        return raised == null ? current() : raised.version();
    }
}
