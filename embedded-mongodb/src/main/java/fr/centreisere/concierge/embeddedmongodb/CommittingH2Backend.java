package fr.centreisere.concierge.embeddedmongodb;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

/**
 * The H2 backend, made durable per acknowledged write. On its own, MVStore commits in the
 * background about once a second, so a crash could lose writes the driver was already told had
 * succeeded. Committing before answering closes that window, like MongoDB's journaled writes.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            if ("hello".equalsIgnoreCase(command)) {
                // mongo-java-server knows 'hello' only for a database without data; Spring Boot's health
                // indicators send it to the service's own database: answer it as the older isMaster
                return super.handleCommand(channel, database, "isMaster", query);
            }
            return super.handleCommand(channel, database, command, query);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commitIfChanged();
        }
    }

    private void commitIfChanged() {
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
    }
}
