package fr.centreisere.concierge.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.UUID;

import fr.centreisere.concierge.gateway.identity.AccountMail;
import fr.centreisere.concierge.gateway.identity.AccountTokens;
import fr.centreisere.concierge.gateway.identity.SecretToken;
import fr.centreisere.concierge.gateway.identity.TokenPurpose;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Mailed tokens in MongoDB, one collection per purpose ({@code password_resets}, {@code email_verifications}),
 * found by their hash (unique index). Using one is a conditional update: of two callers, one wins.
 */
public class MongoAccountTokens implements AccountTokens {

    static final String PENDING = "PENDING";

    private final ReactiveMongoTemplate mongo;
    private final TokenSeal seal;
    private final OutboxDue due;

    public MongoAccountTokens(ReactiveMongoTemplate mongo, TokenSeal seal) {
        this.mongo = mongo;
        this.seal = seal;
        this.due = new OutboxDue(mongo);
    }

    static String collection(TokenPurpose purpose) {
        return switch (purpose) {
            case PASSWORD_RESET -> "password_resets";
            case EMAIL_VERIFICATION -> "email_verifications";
        };
    }

    private static String idPrefix(TokenPurpose purpose) {
        return switch (purpose) {
            case PASSWORD_RESET -> "pwr-";
            case EMAIL_VERIFICATION -> "emv-";
        };
    }

    /** The unique hash index and the account index, created at start-up. */
    public Mono<Void> ensureIndexes() {
        return Flux.fromArray(TokenPurpose.values()).concatMap(purpose -> mongo.indexOps(collection(purpose))
                .createIndex(new Index().on("tokenHash", Sort.Direction.ASC).unique().named("tokenHash_unique"))
                .then(mongo.indexOps(collection(purpose)).createIndex(new Index().on("accountId", Sort.Direction.ASC)
                        .named("accountId"))))
                .then();
    }

    @Override
    public Mono<Void> issue(SecretToken token, AccountMail mail, Instant now) {
        AccountTokenDocument document = new AccountTokenDocument();
        document.id = idPrefix(mail.purpose()) + UUID.randomUUID();
        document.tokenHash = token.hash();
        document.accountId = mail.accountId();
        document.createdAt = now;
        document.expiresAt = mail.expiresAt();
        document.mail = new AccountTokenDocument.OutboxMail();
        document.mail.eventId = document.id + ":n:1";
        document.mail.kind = mail.purpose().eventKind();
        document.mail.to = mail.to().value();
        document.mail.displayName = mail.displayName();
        document.mail.language = mail.language().code();
        document.mail.sealedToken = seal.seal(token.value());
        document.mail.state = PENDING;
        document.mail.nextAttemptAt = now;
        String collection = collection(mail.purpose());
        // the older ones go after the new one is kept: a failed insert never leaves the account without a valid link
        return mongo.insert(document, collection)
                .then(mongo.updateMulti(query(where("accountId").is(mail.accountId()).and("_id").ne(document.id)
                                .and("createdAt").lt(now).and("usedAt").is(null).and("replacedAt").is(null)),
                        new Update().set("replacedAt", now).unset("mail.sealedToken"), collection))
                .then(due.mark(now));
    }

    @Override
    public Mono<String> accountOfValid(TokenPurpose purpose, String tokenHash, Instant now) {
        return mongo.findOne(valid(tokenHash, now), AccountTokenDocument.class, collection(purpose))
                .map(document -> document.accountId);
    }

    @Override
    public Mono<String> use(TokenPurpose purpose, String tokenHash, Instant now) {
        return mongo.findAndModify(valid(tokenHash, now), new Update().set("usedAt", now), FindAndModifyOptions.options(),
                AccountTokenDocument.class, collection(purpose)).map(document -> document.accountId);
    }

    /** Tokens expired before {@code before} go (mongo-java-server has no TTL index); answers how many. */
    public Mono<Long> removeExpiredBefore(Instant before) {
        return Flux.fromArray(TokenPurpose.values())
                .concatMap(purpose -> mongo.remove(query(where("expiresAt").lt(before)), collection(purpose)))
                .map(result -> result.getDeletedCount())
                .reduce(0L, Long::sum);
    }

    private static Query valid(String tokenHash, Instant now) {
        return query(where("tokenHash").is(tokenHash).and("usedAt").is(null).and("replacedAt").is(null)
                .and("expiresAt").gt(now));
    }
}
