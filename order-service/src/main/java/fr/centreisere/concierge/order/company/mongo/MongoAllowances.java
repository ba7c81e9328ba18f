package fr.centreisere.concierge.order.company.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.order.company.Allowances;
import fr.centreisere.concierge.order.money.Money;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per (company, employee, month), id {@code <companyId>|<userId>|<yyyy-MM>}:
 * {@code usedCents} and the {@code consumptions} [{reservation, cents}] that make it up (a reservation
 * per order request). A reservation is one {@code findAndModify} whose query holds only while
 * {@code usedCents ≤ cap − share} and the reservation is not yet in the list, so two orders racing
 * for the last euros cannot both get them.
 */
@Repository
class MongoAllowances implements Allowances {

    static final String COLLECTION = "company_allowances";

    private final MongoTemplate mongo;

    MongoAllowances(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String idOf(String companyId, String userId, YearMonth month) {
        return companyId + "|" + userId + "|" + month;
    }

    @Override
    public Money used(String companyId, String userId, YearMonth month) {
        Document found = mongo.findById(idOf(companyId, userId, month), Document.class, COLLECTION);
        return Money.ofCents(found == null ? 0 : ((Number) found.get("usedCents")).longValue());
    }

    @Override
    public Optional<Money> reserve(String companyId, String userId, YearMonth month, String reservation, Money share,
            Money cap) {
        String id = idOf(companyId, userId, month);
        Optional<Money> before = reservedBy(id, reservation);
        if (before.isPresent()) {
            return before;
        }
        try {
            mongo.upsert(query(where("_id").is(id)), new Update().setOnInsert("companyId", companyId)
                    .setOnInsert("userId", userId).setOnInsert("month", month.toString()).setOnInsert("usedCents", 0L)
                    .setOnInsert("consumptions", List.of()), COLLECTION);
        } catch (DuplicateKeyException concurrentFirst) {
            // another order of this employee created it at the same moment: it is there now
        }
        Document changed = mongo.findAndModify(
                query(where("_id").is(id).and("usedCents").lte(cap.cents() - share.cents())
                        .and("consumptions.reservation").ne(reservation)),
                new Update().inc("usedCents", share.cents())
                        .push("consumptions", new Document("reservation", reservation).append("cents", share.cents())),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (changed != null) {
            return Optional.of(share);
        }
        return reservedBy(id, reservation);
    }

    @Override
    public void release(String companyId, String userId, YearMonth month, String reservation) {
        String id = idOf(companyId, userId, month);
        Optional<Money> reserved = reservedBy(id, reservation);
        if (reserved.isEmpty()) {
            return;
        }
        // only the update that still finds the reservation in the list gives its share back
        mongo.findAndModify(query(where("_id").is(id).and("consumptions.reservation").is(reservation)),
                new Update().inc("usedCents", -reserved.get().cents())
                        .pull("consumptions", new Document("reservation", reservation)),
                Document.class, COLLECTION);
    }

    private Optional<Money> reservedBy(String id, String reservation) {
        Document found = mongo.findById(id, Document.class, COLLECTION);
        if (found == null) {
            return Optional.empty();
        }
        return found.getList("consumptions", Document.class, List.of()).stream()
                .filter(consumption -> reservation.equals(consumption.getString("reservation"))).findFirst()
                .map(consumption -> Money.ofCents(((Number) consumption.get("cents")).longValue()));
    }
}
