package fr.centreisere.concierge.notification.mail.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.notification.mail.ComposedMail;
import fr.centreisere.concierge.notification.mail.DeliverMail;
import fr.centreisere.concierge.notification.mail.Mail;
import fr.centreisere.concierge.notification.mail.MailAddress;
import fr.centreisere.concierge.notification.mail.MailId;
import fr.centreisere.concierge.notification.mail.Mails;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.MessageKind;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.platform.outbox.OutboxMarks;
import fr.centreisere.concierge.platform.outbox.OutboxLayout;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Mails in MongoDB, one document each, its delivery inside; a second insert of the same id is a duplicate key, and nothing changes. */
@Repository
public class MongoMails implements Mails {

    /** Where the platform outbox's relay finds the mails' deliveries. */
    public static final OutboxLayout LAYOUT = OutboxLayout.single(MailDocument.COLLECTION, MailDocument.DELIVERY)
            .withDefaultDestination(DeliverMail.DESTINATION);

    private final MongoTemplate mongo;
    private final DueSets dueSets;

    MongoMails(MongoTemplate mongo, DueSets dueSets) {
        this.mongo = mongo;
        this.dueSets = dueSets;
    }

    @Override
    public boolean exists(MailId id) {
        return mongo.exists(query(where("_id").is(id.value())), MailDocument.class);
    }

    @Override
    public void add(Mail mail) {
        OutboxMessage delivery = OutboxMessage.pending(mail.id().value(), DeliverMail.DESTINATION, mail.kind().name(),
                Map.of("eventId", mail.eventId()), mail.createdAt());
        try {
            mongo.insert(new MailDocument(mail.id().value(), mail.eventId(), mail.kind().name(), mail.to().email(),
                    mail.to().name(), mail.to().language().code(), mail.to().account(), mail.content().subject(),
                    mail.content().html(), mail.content().text(), mail.createdAt(), OutboxBson.toBson(delivery)));
            // right after the write: its relay sends it at once, the sweep finds it if that fails
            OutboxMarks.written(dueSets, LAYOUT, mail.id().value(), List.of(delivery));
        } catch (DuplicateKeyException alreadyQueued) {
            // the same event to the same address, written by a concurrent arrival: one mail
        }
    }

    @Override
    public Optional<Mail> unsent(MailId id) {
        MailDocument document = mongo.findById(id.value(), MailDocument.class);
        if (document == null || document.html() == null || document.text() == null) {
            return Optional.empty();
        }
        Language language = Language.ofCode(document.language()).orElse(Language.FR);
        MailAddress to = new MailAddress(document.to(), document.toName(), language, document.account());
        return Optional.of(new Mail(id, document.eventId(), MessageKind.valueOf(document.kind()), to,
                new ComposedMail(document.subject(), document.html(), document.text()), document.createdAt()));
    }

    @Override
    public void forgetContent(MailId id) {
        mongo.updateFirst(query(where("_id").is(id.value())), new Update().unset("html").unset("text"), MailDocument.class);
    }
}
