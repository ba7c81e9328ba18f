package fr.centreisere.concierge.catalog.offering.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.catalog.offering.AllOfferings;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.OfferingChangedMeanwhile;
import fr.centreisere.concierge.catalog.offering.OfferingId;
import fr.centreisere.concierge.catalog.offering.OfferingNotFound;
import fr.centreisere.concierge.catalog.offering.OfferingQuery;
import fr.centreisere.concierge.catalog.offering.Offerings;
import fr.centreisere.concierge.catalog.offering.SlugAlreadyUsed;
import fr.centreisere.concierge.platform.page.Page;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoOfferings implements Offerings, AllOfferings {

    private static final Sort BROWSE_ORDER = Sort.by("category", "sortTitle", "_id");

    private final MongoTemplate mongo;

    MongoOfferings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Offering> find(OfferingId id) {
        return Optional.ofNullable(mongo.findById(id.value(), OfferingDocument.class)).map(OfferingDocument::toOffering);
    }

    @Override
    public List<Offering> all() {
        return mongo.findAll(OfferingDocument.class).stream().map(OfferingDocument::toOffering).toList();
    }

    @Override
    public void add(Offering offering) {
        try {
            mongo.insert(OfferingDocument.of(offering));
        } catch (DuplicateKeyException taken) {
            throw new SlugAlreadyUsed(offering.details().slug());
        }
    }

    @Override
    public boolean addIfAbsent(Offering offering) {
        if (exists(offering.id())) {
            return false;
        }
        try {
            mongo.insert(OfferingDocument.of(offering));
            return true;
        } catch (DuplicateKeyException taken) {
            if (exists(offering.id())) {
                return false; // another instance seeded it at the same moment
            }
            throw new SlugAlreadyUsed(offering.details().slug());
        }
    }

    @Override
    public void update(Offering updated) {
        OfferingDocument document = OfferingDocument.of(updated);
        Query sameVersion = Query.query(where("_id").is(document.id()).and("version").is(updated.version() - 1));
        Update update = new Update()
                .set("slug", document.slug())
                .set("title", document.title())
                .set("description", document.description())
                .set("category", document.category())
                .set("priceModel", document.priceModel())
                .set("unitPriceCents", document.unitPriceCents())
                .set("vatRate", document.vatRate())
                .set("minQuantity", document.minQuantity())
                .set("maxQuantity", document.maxQuantity())
                .set("leadTimeHours", document.leadTimeHours())
                .set("audience", document.audience())
                .set("active", document.active())
                .set("searchText", document.searchText())
                .set("sortTitle", document.sortTitle())
                .set("version", document.version());
        OfferingDocument previous;
        try {
            previous = mongo.findAndModify(sameVersion, update, FindAndModifyOptions.options().returnNew(false),
                    OfferingDocument.class);
        } catch (DuplicateKeyException taken) {
            throw new SlugAlreadyUsed(document.slug());
        }
        if (previous == null) {
            if (exists(updated.id())) {
                throw new OfferingChangedMeanwhile(updated.id());
            }
            throw new OfferingNotFound(updated.id().value());
        }
    }

    @Override
    public Page<Offering> search(OfferingQuery query) {
        Query mongoQuery = Query.query(criteria(query));
        long total = mongo.count(mongoQuery, OfferingDocument.class);
        if (total == 0) {
            return Page.empty(query.page(), query.size());
        }
        mongoQuery.with(BROWSE_ORDER).skip((long) query.page() * query.size()).limit(query.size());
        List<Offering> content = mongo.find(mongoQuery, OfferingDocument.class).stream()
                .map(OfferingDocument::toOffering).toList();
        return new Page<>(content, query.page(), query.size(), total);
    }

    private static Criteria criteria(OfferingQuery query) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("active").is(true));
        query.onlyIds().ifPresent(ids -> all.add(where("_id").in(ids.stream().map(OfferingId::value).toList())));
        query.category().ifPresent(category -> all.add(where("category").is(category.name())));
        query.audience().ifPresent(audience -> all.add(where("audience")
                .in(audience.shownTo().stream().map(Audience::name).toList())));
        // normalized words are only [a-z0-9]: safe inside a regular expression
        query.words().forEach(word -> all.add(where("searchText").regex(word)));
        return new Criteria().andOperator(all);
    }

    private boolean exists(OfferingId id) {
        return mongo.exists(Query.query(where("_id").is(id.value())), OfferingDocument.class);
    }
}
