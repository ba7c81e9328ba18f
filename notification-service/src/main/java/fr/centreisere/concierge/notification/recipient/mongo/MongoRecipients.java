package fr.centreisere.concierge.notification.recipient.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centreisere.concierge.notification.message.EmailCategory;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.recipient.Addressee;
import fr.centreisere.concierge.notification.recipient.Preferences;
import fr.centreisere.concierge.notification.recipient.Recipient;
import fr.centreisere.concierge.notification.recipient.Recipients;
import fr.centreisere.concierge.platform.security.Role;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The directory in MongoDB: each write is one upsert of one user's document, so card and choices never overwrite each other. */
@Repository
class MongoRecipients implements Recipients {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoRecipients(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void save(Recipient recipient, Language languageIfNew) {
        Update update = new Update()
                .set("email", recipient.email())
                .set("displayName", recipient.displayName())
                .set("roles", recipient.roles().stream().map(Role::name).sorted().toList())
                .set("memberId", recipient.memberId())
                .set("companyId", recipient.companyId())
                .set("emailVerified", recipient.emailVerified())
                .set("updatedAt", clock.instant())
                .setOnInsert("language", languageIfNew.code())
                .setOnInsert("emailsOff", List.of());
        mongo.upsert(query(where("_id").is(recipient.userId())), update, RecipientDocument.class);
    }

    @Override
    public void remove(String userId) {
        mongo.remove(query(where("_id").is(userId)), RecipientDocument.class);
    }

    @Override
    public List<Addressee> withIds(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return addressees(where("_id").in(userIds));
    }

    @Override
    public List<Addressee> staffOf(String memberId) {
        return addressees(where("memberId").is(memberId).and("roles").is(Role.MEMBER_STAFF.name()));
    }

    @Override
    public List<Addressee> adminsOf(String companyId) {
        return addressees(where("companyId").is(companyId).and("roles").is(Role.COMPANY_ADMIN.name()));
    }

    @Override
    public List<Addressee> coordinators() {
        return addressees(where("roles").is(Role.COORDINATOR.name()));
    }

    @Override
    public Preferences preferencesOf(String userId) {
        return Optional.ofNullable(mongo.findById(userId, RecipientDocument.class))
                .map(MongoRecipients::preferences)
                .orElse(Preferences.defaults(Language.FR));
    }

    @Override
    public void savePreferences(String userId, Preferences preferences) {
        Update update = new Update()
                .set("language", preferences.language().code())
                .set("emailsOff", preferences.emailsOff().stream().map(Enum::name).sorted().toList())
                .set("updatedAt", clock.instant());
        mongo.upsert(query(where("_id").is(userId)), update, RecipientDocument.class);
    }

    /** Only documents with a card: a user known by their choices alone has no address yet. */
    private List<Addressee> addressees(Criteria criteria) {
        return mongo.find(query(criteria.and("email").ne(null)).with(org.springframework.data.domain.Sort.by("_id")),
                        RecipientDocument.class).stream()
                .map(document -> new Addressee(recipient(document), preferences(document)))
                .toList();
    }

    private static Recipient recipient(RecipientDocument document) {
        Set<Role> roles = document.roles() == null ? Set.of() : document.roles().stream()
                .map(Role::named).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
        return new Recipient(document.userId(), Objects.requireNonNull(document.email()), document.displayName(), roles,
                document.memberId(), document.companyId(), document.emailVerified());
    }

    private static Preferences preferences(RecipientDocument document) {
        Language language = document.language() == null ? Language.FR
                : Language.ofCode(document.language()).orElse(Language.FR);
        EnumSet<EmailCategory> off = EnumSet.noneOf(EmailCategory.class);
        if (document.emailsOff() != null) {
            for (String name : document.emailsOff()) {
                for (EmailCategory category : EmailCategory.values()) {
                    if (category.name().equals(name)) {
                        off.add(category);
                    }
                }
            }
        }
        return new Preferences(language, off);
    }
}
