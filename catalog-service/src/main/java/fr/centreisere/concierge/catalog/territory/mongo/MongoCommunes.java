package fr.centreisere.concierge.catalog.territory.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoCommunes implements Communes {

    private final MongoTemplate mongo;

    MongoCommunes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Commune> find(CommuneFilter filter, int page, int size) {
        Query query = query(filter)
                .with(Sort.by("nameKey", "_id"))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, CommuneDocument.class).stream().map(CommuneDocument::toCommune).toList();
    }

    @Override
    public long count(CommuneFilter filter) {
        return mongo.count(query(filter), CommuneDocument.class);
    }

    @Override
    public Optional<Commune> find(String inseeCode) {
        return Optional.ofNullable(mongo.findById(inseeCode, CommuneDocument.class)).map(CommuneDocument::toCommune);
    }

    @Override
    public boolean exists(String inseeCode) {
        return inseeCode != null && mongo.exists(Query.query(where("_id").is(inseeCode)), CommuneDocument.class);
    }

    @Override
    public long store(Collection<Commune> communes) {
        if (!communes.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CommuneDocument.class);
            communes.forEach(commune -> bulk.replaceOne(Query.query(where("_id").is(commune.inseeCode())),
                    CommuneDocument.of(commune), FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        }
        return mongo.count(new Query(), CommuneDocument.class);
    }

    private static Query query(CommuneFilter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.postalCode() != null) {
            criteria.add(where("postalCodes").is(filter.postalCode()));
        }
        // normalized words are only [a-z0-9]: safe inside a regular expression
        filter.nameWords().forEach(word -> criteria.add(where("nameKey").regex(word)));
        return criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
    }
}
