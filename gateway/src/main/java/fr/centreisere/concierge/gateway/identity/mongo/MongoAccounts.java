package fr.centreisere.concierge.gateway.identity.mongo;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.AccountFilter;
import fr.centreisere.concierge.gateway.identity.Accounts;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.EmailAlreadyUsed;
import fr.centreisere.concierge.gateway.identity.Language;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.Role;
import fr.centreisere.concierge.platform.page.Page;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Accounts in MongoDB; the unique index on the e-mail key makes a second account with one e-mail
 * impossible, even in a race. Each write marks the account's directory copy pending in the same
 * update ({@link AccountDocument#directory}); {@link MongoOutboxSweep} sends it.
 */
public class MongoAccounts implements Accounts {

    /** One small document per kind of change other instances must learn ({@code _id}: the kind, {@code version}). */
    static final String VERSIONS = "account_versions";
    private static final String REVOCATIONS = "revocations";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final OutboxDue due;

    public MongoAccounts(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.due = new OutboxDue(mongo);
    }

    /**
     * Accounts stored before the directory existed are copied once too; runs at start-up, changes nothing
     * the second time.
     */
    public Mono<Long> markUncopiedAccountsPending() {
        return mongo.updateMulti(Query.query(Criteria.where("directory").exists(false)),
                        new Update().set("directory.version", 1L).set("directory.pending", true)
                                .set("directory.nextAttemptAt", clock.instant()).set("directory.attempts", 0),
                        AccountDocument.class)
                .map(result -> result.getModifiedCount())
                .flatMap(marked -> marked > 0 ? due.mark(clock.instant()).thenReturn(marked) : Mono.just(marked));
    }

    /** The unique index, created at start-up whatever the index auto-creation setting. */
    public Mono<String> ensureIndexes() {
        return mongo.indexOps(AccountDocument.class)
                .createIndex(new Index().on("emailKey", Sort.Direction.ASC).unique().named("emailKey_unique"));
    }

    @Override
    public Mono<Account> add(Account account) {
        return mongo.insert(toDocument(account)).map(MongoAccounts::toAccount)
                .onErrorMap(DuplicateKeyException.class, duplicate -> new EmailAlreadyUsed())
                .flatMap(this::outboxDue);
    }

    @Override
    public Mono<Boolean> addIfAbsent(Account account) {
        return mongo.exists(Query.query(Criteria.where("_id").is(account.id())), AccountDocument.class)
                .flatMap(exists -> exists ? Mono.just(false)
                        : mongo.insert(toDocument(account)).thenReturn(true)
                                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false)))
                .flatMap(added -> added ? outboxDue(true) : Mono.just(false));
    }

    @Override
    public Mono<Account> byEmail(EmailAddress email) {
        return mongo.findOne(Query.query(Criteria.where("emailKey").is(email.key())), AccountDocument.class)
                .map(MongoAccounts::toAccount);
    }

    @Override
    public Mono<Account> byId(String id) {
        return mongo.findById(id, AccountDocument.class).map(MongoAccounts::toAccount);
    }

    @Override
    public Mono<Account> changeProfile(Account changed) {
        Update update = changedForDirectory(new Update().set("displayName", changed.displayName()));
        update = changed.phone() == null ? update.unset("phone") : update.set("phone", changed.phone());
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(changed.id())), update,
                FindAndModifyOptions.options().returnNew(true), AccountDocument.class).map(MongoAccounts::toAccount)
                .flatMap(this::outboxDue);
    }

    @Override
    public Mono<Boolean> changePassword(String id, PasswordHash hash) {
        // the directory has no password: nothing to copy
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("passwordHash", hash.value()),
                AccountDocument.class).map(result -> result.getMatchedCount() > 0);
    }

    @Override
    public Mono<Boolean> markEmailVerified(String id) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("emailVerified").ne(true)),
                        changedForDirectory(new Update().set("emailVerified", true)), AccountDocument.class)
                .flatMap(result -> result.getMatchedCount() > 0 ? outboxDue(true)
                        : mongo.exists(Query.query(Criteria.where("_id").is(id)), AccountDocument.class));
    }

    @Override
    public Mono<Page<Account>> list(AccountFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.role() != null) {
            criteria = criteria.and("roles").is(filter.role().name());
        }
        if (filter.memberId() != null) {
            criteria = criteria.and("memberId").is(filter.memberId());
        }
        if (filter.companyId() != null) {
            criteria = criteria.and("companyId").is(filter.companyId());
        }
        Query matching = Query.query(criteria);
        Query pageQuery = Query.query(criteria).with(Sort.by("emailKey")).skip((long) page * size).limit(size);
        return Mono.zip(mongo.find(pageQuery, AccountDocument.class).map(MongoAccounts::toAccount).collectList(),
                        mongo.count(matching, AccountDocument.class))
                .map(found -> new Page<>(found.getT1(), page, size, found.getT2()));
    }

    @Override
    public Mono<Account> deactivate(String id, Instant tokensNotBefore) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                changedForDirectory(new Update().set("active", false).set("tokensNotBefore", tokensNotBefore)),
                FindAndModifyOptions.options().returnNew(true), AccountDocument.class)
                .flatMap(changed -> revocationsMoved().then(outboxDue(toAccount(changed))));
    }

    @Override
    public Mono<Account> reactivate(String id, Instant tokensNotBefore) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                changedForDirectory(new Update().set("active", true).set("tokensNotBefore", tokensNotBefore)),
                FindAndModifyOptions.options().returnNew(true), AccountDocument.class)
                .flatMap(changed -> revocationsMoved().then(outboxDue(toAccount(changed))));
    }

    /** After the account's own write: an instance that then sees the new version finds the account changed. */
    private Mono<Void> revocationsMoved() {
        return mongo.upsert(Query.query(Criteria.where("_id").is(REVOCATIONS)), new Update().inc("version", 1L), VERSIONS)
                .then();
    }

    @Override
    public Mono<Long> revocationsVersion() {
        return mongo.findById(REVOCATIONS, Document.class, VERSIONS)
                .map(version -> version.get("version") instanceof Number number ? number.longValue() : 0L)
                .defaultIfEmpty(0L);
    }

    @Override
    public Flux<Account> everDeactivated() {
        return mongo.find(Query.query(Criteria.where("tokensNotBefore").exists(true)), AccountDocument.class)
                .map(MongoAccounts::toAccount);
    }

    /** After a write that left the directory's copy pending: the sweep looks (see {@link OutboxDue}). */
    private <T> Mono<T> outboxDue(T written) {
        return due.mark(clock.instant()).thenReturn(written);
    }

    /** The same update also says the directory's copy is out of date. */
    private Update changedForDirectory(Update update) {
        return update.inc("directory.version", 1L).set("directory.pending", true)
                .set("directory.nextAttemptAt", clock.instant()).set("directory.attempts", 0);
    }

    /**
     * Generated volume (./concierge fill): accounts inserted many at a time, their directory copy marked
     * already taken by notification-service (so the sweep does not push thousands of them at start).
     */
    public Mono<Long> insertCopied(java.util.List<Account> accounts) {
        var documents = accounts.stream().map(account -> {
            AccountDocument document = toDocument(account);
            document.directory.pending = false;
            return document;
        }).toList();
        return mongo.insertAll(documents).count();
    }

    private AccountDocument toDocument(Account account) {
        AccountDocument document = new AccountDocument();
        document.id = account.id();
        document.emailKey = account.email().key();
        document.email = account.email().value();
        document.passwordHash = account.passwordHash().value();
        document.displayName = account.displayName();
        document.phone = account.phone();
        document.communeInsee = account.communeInsee();
        document.roles = account.roles().stream().map(Role::name).sorted().toList();
        document.memberId = account.memberId();
        document.companyId = account.companyId();
        document.createdAt = account.createdAt();
        document.emailVerified = account.emailVerified();
        document.language = account.language().code();
        document.active = account.active() ? null : false;
        document.tokensNotBefore = account.tokensNotBefore();
        document.directory = new AccountDocument.DirectoryPush();
        document.directory.version = 1;
        document.directory.pending = true;
        document.directory.nextAttemptAt = clock.instant();
        return document;
    }

    static Account toAccount(AccountDocument document) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        document.roles.forEach(role -> roles.add(Role.valueOf(role)));
        return new Account(document.id, new EmailAddress(document.email), PasswordHash.of(document.passwordHash),
                document.displayName, document.phone, document.communeInsee, roles, document.memberId,
                document.companyId, document.createdAt, Boolean.TRUE.equals(document.emailVerified),
                "en".equals(document.language) ? Language.EN : Language.FR, !Boolean.FALSE.equals(document.active),
                document.tokensNotBefore);
    }
}
