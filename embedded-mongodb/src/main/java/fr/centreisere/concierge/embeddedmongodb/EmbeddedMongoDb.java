package fr.centreisere.concierge.embeddedmongodb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible server for local runs, so that the whole system starts on a machine
 * without MongoDB or Docker. The services reach it with the ordinary MongoDB driver and connection
 * string; nothing in them knows it is not a real MongoDB. Production uses MongoDB 8.
 *
 * <p>Data lives in one H2 MVStore file. A clean stop (SIGTERM) closes the store; after a crash
 * (SIGKILL) MVStore reopens at its last committed chunk, which the backend commits after every
 * operation and only between whole operations, and the indexes are rebuilt from the documents at
 * the next start (see {@link CommittingH2Backend}).
 */
public final class EmbeddedMongoDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoDb.class);

    private final MongoServer server;
    private final CommittingH2Backend backend;
    private final EmbeddedMongoSettings settings;

    private EmbeddedMongoDb(EmbeddedMongoSettings settings) {
        this.settings = settings;
        this.backend = CommittingH2Backend.open(settings.storeFile());
        this.server = new MongoServer(backend);
    }

    public static EmbeddedMongoDb start(EmbeddedMongoSettings settings) throws IOException {
        Path folder = settings.storeFile().toAbsolutePath().getParent();
        Files.createDirectories(folder);
        ownerOnly(folder, "rwx------");
        EmbeddedMongoDb mongo = new EmbeddedMongoDb(settings);
        // everyone's accounts and orders are in this file: readable by its owner only, whatever the umask
        ownerOnly(settings.storeFile(), "rw-------");
        // one I/O thread per connection, near enough: the library runs each connection's operations on the Netty
        // thread it was given, so a long scan on one connection held up every other connection on its thread (a
        // month's closing after a large fill timed the other services' requests out); threads start only when
        // a connection is given to them
        mongo.server.bind(new InetSocketAddress(settings.host(), settings.port()), 1, settings.ioThreads());
        log.info("Embedded MongoDB-compatible server listening on mongodb://{}:{} (data in {})",
                settings.host(), settings.port(), settings.storeFile().toAbsolutePath());
        return mongo;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.exists(path) && Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** Stops accepting connections, then closes the store so that everything written is on disk. */
    public void stop() {
        log.info("Stopping the embedded MongoDB-compatible server, closing {}", settings.storeFile());
        server.shutdown();
    }

    /** How many indexes were rebuilt from the documents at this start (none after a clean stop). */
    int indexesRebuiltAtStart() {
        return backend.indexesRebuiltAtOpen();
    }

    /** A collection's index as the store uses it (tests of which filters it serves). */
    de.bwaldvogel.mongo.backend.Index<?> index(String database, String collection, String name) {
        return backend.resolveDatabase(database).resolveCollection(collection, true).getIndexes().stream()
                .filter(index -> index.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Holds every write until the handle is closed (tests of a connection that waits). */
    AutoCloseable holdWrites() {
        return backend.holdWrites();
    }

    /** Stops listening and lets the file go without closing it, as a kill would (tests of a crash). */
    void abandonWithoutClosing() {
        server.stopListening();
        backend.closeImmediately();
    }

    public static void main(String[] args) throws IOException {
        EmbeddedMongoDb mongo = start(EmbeddedMongoSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::stop, "embedded-mongodb-shutdown"));
    }

    /**
     * Where the server listens and keeps its data, and how many I/O threads share its connections
     * ({@code EMBEDDED_MONGODB_IO_THREADS}, 32: more than the stack's parts open at once).
     */
    public record EmbeddedMongoSettings(String host, int port, Path storeFile, int ioThreads) {

        static final int IO_THREADS = 32;

        public EmbeddedMongoSettings(String host, int port, Path storeFile) {
            this(host, port, storeFile, IO_THREADS);
        }

        static EmbeddedMongoSettings fromEnvironment(java.util.Map<String, String> env) {
            return new EmbeddedMongoSettings(
                    env.getOrDefault("EMBEDDED_MONGODB_HOST", "127.0.0.1"),
                    Integer.parseInt(env.getOrDefault("EMBEDDED_MONGODB_PORT", "27017")),
                    Path.of(env.getOrDefault("EMBEDDED_MONGODB_FILE", "data/mongodb/concierge.mv")),
                    Integer.parseInt(env.getOrDefault("EMBEDDED_MONGODB_IO_THREADS", Integer.toString(IO_THREADS))));
        }
    }
}
