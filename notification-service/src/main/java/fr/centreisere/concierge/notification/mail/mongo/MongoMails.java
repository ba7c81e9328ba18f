package fr.centreisere.concierge.notification.mail.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import fr.centreisere.concierge.notification.mail.Mail;
import fr.centreisere.concierge.notification.mail.MailId;
import fr.centreisere.concierge.notification.mail.Mails;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Mails in MongoDB, one document each; a second insert of the same id is a duplicate key, and nothing changes. */
@Repository
class MongoMails implements Mails {

    private final MongoTemplate mongo;

    MongoMails(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean exists(MailId id) {
        return mongo.exists(query(where("_id").is(id.value())), MailDocument.class);
    }

    @Override
    public void add(Mail mail) {
        try {
            mongo.insert(new MailDocument(mail.id().value(), mail.eventId(), mail.kind().name(), mail.to().email(),
                    mail.to().name(), mail.to().language().code(), mail.to().account(), mail.content().subject(),
                    mail.content().html(), mail.content().text(), mail.createdAt()));
        } catch (DuplicateKeyException alreadyQueued) {
            // the same event to the same address, written by a concurrent arrival: one mail
        }
    }
}
