package fr.centreisere.concierge.embeddedmongodb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.Document;

/**
 * Our store and the library's own H2 store (in memory) side by side, each through the real driver: a test
 * sends both the same commands and expects the same answers, what we changed answering as the library does.
 */
final class SideBySide implements AutoCloseable {

    private final EmbeddedMongoDb ours;
    private final MongoServer library;
    private final MongoClient toOurs;
    private final MongoClient toLibrary;

    private SideBySide(EmbeddedMongoDb ours, MongoServer library, MongoClient toOurs, MongoClient toLibrary) {
        this.ours = ours;
        this.library = library;
        this.toOurs = toOurs;
        this.toLibrary = toLibrary;
    }

    static SideBySide start(Path dataDir) throws IOException {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("s.mv"));
        EmbeddedMongoDb ours = EmbeddedMongoDb.start(settings);
        MongoServer library = new MongoServer(H2Backend.inMemory());
        InetSocketAddress libraryAddress = library.bind();
        return new SideBySide(ours, library, MongoClients.create("mongodb://127.0.0.1:" + settings.port()),
                MongoClients.create("mongodb://127.0.0.1:" + libraryAddress.getPort()));
    }

    /** The collection in our store, then in the library's. */
    List<MongoCollection<Document>> both(String database, String collection) {
        return List.of(toOurs.getDatabase(database).getCollection(collection),
                toLibrary.getDatabase(database).getCollection(collection));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        toOurs.close();
        toLibrary.close();
        library.shutdownNow();
        ours.stop();
    }
}
