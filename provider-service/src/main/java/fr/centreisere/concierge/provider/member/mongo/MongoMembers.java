package fr.centreisere.concierge.provider.member.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.MemberChangedConcurrently;
import fr.centreisere.concierge.provider.member.Members;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Member structures in MongoDB; a change is written only over the version it was read in. */
@Repository
class MongoMembers implements Members {

    private final MongoTemplate mongo;

    MongoMembers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Member> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, MemberDocument.class)).map(MemberDocument::toMember);
    }

    @Override
    public List<Member> all() {
        return mongo.find(new Query().with(Sort.by("_id")), MemberDocument.class).stream()
                .map(MemberDocument::toMember).toList();
    }

    @Override
    public List<Member> ableToServe(String serviceId, String communeInsee) {
        Query query = query(where("active").is(true)
                .and("capabilities").elemMatch(where("serviceId").is(serviceId).and("communes").is(communeInsee)))
                .with(Sort.by("_id"));
        return mongo.find(query, MemberDocument.class).stream().map(MemberDocument::toMember)
                .filter(m -> m.canServe(serviceId, communeInsee)).toList();
    }

    @Override
    public boolean insertIfAbsent(Member member) {
        try {
            mongo.insert(MemberDocument.of(member, 0));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public void update(Member member) {
        MemberDocument replaced = mongo.findAndReplace(
                query(where("_id").is(member.id()).and("version").is(member.version())),
                MemberDocument.of(member, member.version() + 1));
        if (replaced == null) {
            throw new MemberChangedConcurrently(member.id());
        }
    }
}
