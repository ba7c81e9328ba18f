package fr.centreisere.concierge.gateway.identity.mongo;

import java.util.EnumSet;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.Accounts;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.EmailAlreadyUsed;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/** Accounts in MongoDB; the unique index on the e-mail key makes a second account with one e-mail impossible, even in a race. */
public class MongoAccounts implements Accounts {

    private final ReactiveMongoTemplate mongo;

    public MongoAccounts(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The unique index, created at start-up whatever the index auto-creation setting. */
    public Mono<String> ensureIndexes() {
        return mongo.indexOps(AccountDocument.class)
                .createIndex(new Index().on("emailKey", Sort.Direction.ASC).unique().named("emailKey_unique"));
    }

    @Override
    public Mono<Account> add(Account account) {
        return mongo.insert(toDocument(account)).map(MongoAccounts::toAccount)
                .onErrorMap(DuplicateKeyException.class, duplicate -> new EmailAlreadyUsed());
    }

    @Override
    public Mono<Boolean> addIfAbsent(Account account) {
        return mongo.exists(Query.query(Criteria.where("_id").is(account.id())), AccountDocument.class)
                .flatMap(exists -> exists ? Mono.just(false)
                        : mongo.insert(toDocument(account)).thenReturn(true)
                                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false)));
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

    private static AccountDocument toDocument(Account account) {
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
        return document;
    }

    private static Account toAccount(AccountDocument document) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        document.roles.forEach(role -> roles.add(Role.valueOf(role)));
        return new Account(document.id, new EmailAddress(document.email), PasswordHash.of(document.passwordHash),
                document.displayName, document.phone, document.communeInsee, roles, document.memberId,
                document.companyId, document.createdAt);
    }
}
