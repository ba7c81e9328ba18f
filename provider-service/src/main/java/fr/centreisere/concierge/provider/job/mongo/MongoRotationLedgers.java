package fr.centreisere.concierge.provider.job.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import fr.centreisere.concierge.provider.job.RotationLedger;
import fr.centreisere.concierge.provider.job.RotationLedgers;
import fr.centreisere.concierge.provider.job.Share;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Rotation ledgers in MongoDB, one document per category and month, saved over their version. */
@Repository
class MongoRotationLedgers implements RotationLedgers {

    private final MongoTemplate mongo;

    MongoRotationLedgers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // saved over (_id, version): unique, so that the embedded store, which uses only unique indexes and only
    // for a query on exactly their fields, finds it without a scan (issue 15)
    @Document("rotation_ledgers")
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
    record LedgerDocument(@Id String id, String category, String month, long version, int dispatched,
            Map<String, ShareDoc> shares) {
    }

    record ShareDoc(double target, int received, Integer refused, Integer cancelled, Double coverTarget,
            Integer covered, Instant since, Instant lastOfferedAt) {
    }

    static String idOf(String category, YearMonth month) {
        return category + ":" + month;
    }

    @Override
    public RotationLedger of(String category, YearMonth month) {
        LedgerDocument doc = mongo.findById(idOf(category, month), LedgerDocument.class);
        if (doc == null) {
            return RotationLedger.empty(category, month);
        }
        Map<String, Share> shares = new TreeMap<>();
        if (doc.shares() != null) {
            doc.shares().forEach((member, s) -> shares.put(member, new Share(s.target(), s.received(),
                    s.refused() == null ? 0 : s.refused(), s.cancelled() == null ? 0 : s.cancelled(),
                    s.coverTarget() == null ? 0 : s.coverTarget(), s.covered() == null ? 0 : s.covered(), s.since(),
                    s.lastOfferedAt())));
        }
        return new RotationLedger(category, month, doc.version(), doc.dispatched(), shares);
    }

    @Override
    public boolean save(RotationLedger ledger) {
        Map<String, ShareDoc> shares = new TreeMap<>();
        ledger.shares().forEach((member, s) -> shares.put(member, new ShareDoc(s.target(), s.received(), s.refused(),
                s.cancelled(), s.coverTarget(), s.covered(), s.since(), s.lastOfferedAt())));
        String id = idOf(ledger.category(), ledger.month());
        if (ledger.version() == 0) {
            try {
                mongo.insert(new LedgerDocument(id, ledger.category(), ledger.month().toString(), 1, ledger.dispatched(), shares));
                return true;
            } catch (DuplicateKeyException someoneElseFirst) {
                return false;
            }
        }
        Update update = new Update().set("dispatched", ledger.dispatched())
                .set("shares", mongo.getConverter().convertToMongoType(shares))
                .set("version", ledger.version() + 1);
        return mongo.updateFirst(query(where("_id").is(id).and("version").is(ledger.version())), update,
                LedgerDocument.class).getModifiedCount() == 1;
    }
}
