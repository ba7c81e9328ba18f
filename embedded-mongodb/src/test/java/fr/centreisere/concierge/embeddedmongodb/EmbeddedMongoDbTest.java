package fr.centreisere.concierge.embeddedmongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import fr.centreisere.concierge.embeddedmongodb.EmbeddedMongoDb.EmbeddedMongoSettings;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoDbTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsWrittenThroughTheDriverSurviveACleanRestart() throws IOException {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));

        EmbeddedMongoDb first = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            client.getDatabase("catalog").getCollection("communes")
                    .insertOne(new Document("_id", "38563").append("name", "Voiron"));
        }
        first.stop();

        EmbeddedMongoDb second = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            Document voiron = client.getDatabase("catalog").getCollection("communes")
                    .find(Filters.eq("_id", "38563")).first();
            assertThat(voiron).isNotNull();
            assertThat(voiron.getString("name")).isEqualTo("Voiron");
        } finally {
            second.stop();
        }
    }

    @Test
    void theStoreFileAndItsFolderAreTheOwnersOnly() throws IOException {
        Path folder = dataDir.resolve("mongodb");
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), folder.resolve("store.mv"));
        EmbeddedMongoDb server = EmbeddedMongoDb.start(settings);
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.storeFile()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        } finally {
            server.stop();
        }
    }

    @Test
    void answersHelloOnADatabaseThatHasData() throws IOException {
        // Spring Boot's Mongo health indicators send { hello: 1 } to the service's own database
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataDir.resolve("store.mv"));
        EmbeddedMongoDb server = EmbeddedMongoDb.start(settings);
        try (MongoClient client = MongoClients.create(uri(settings))) {
            client.getDatabase("identity").getCollection("accounts").insertOne(new Document("_id", "usr-1"));
            Document hello = client.getDatabase("identity").runCommand(new Document("hello", 1));
            assertThat(hello.get("ok")).isIn(1, 1.0);
            assertThat(hello.getInteger("maxWireVersion")).isPositive();
        } finally {
            server.stop();
        }
    }

    @Test
    void settingsComeFromTheEnvironmentWithLocalDefaults() {
        EmbeddedMongoSettings defaults = EmbeddedMongoSettings.fromEnvironment(java.util.Map.of());
        assertThat(defaults.port()).isEqualTo(27017);
        assertThat(defaults.host()).isEqualTo("127.0.0.1");

        EmbeddedMongoSettings custom = EmbeddedMongoSettings.fromEnvironment(
                java.util.Map.of("EMBEDDED_MONGODB_PORT", "28017", "EMBEDDED_MONGODB_FILE", "/tmp/x.mv"));
        assertThat(custom.port()).isEqualTo(28017);
        assertThat(custom.storeFile()).isEqualTo(Path.of("/tmp/x.mv"));
    }

    private static String uri(EmbeddedMongoSettings settings) {
        return "mongodb://" + settings.host() + ":" + settings.port();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
