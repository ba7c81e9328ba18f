package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import fr.centreisere.concierge.mailserver.ReadMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The house every feature lives in: started by the launcher, routed by the gateway, kept on disk. */
@SystemTest
class FoundationSystemTest {

    private final ConciergeSystem system;
    private final Http http;

    FoundationSystemTest(ConciergeSystem system, Http http) {
        this.system = system;
        this.http = http;
    }

    @Test
    void everyServiceAnswersThroughTheGateway() {
        for (String service : ConciergeSystem.SERVICES) {
            Http.Reply docs = http.get("/v3/api-docs/" + service);
            assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
            assertThat(docs.json().path("info").path("title").asString()).contains(service);
        }
        Http.Reply home = http.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"fr\"", "Conciergerie");
    }

    @Test
    void everyServiceIsRegisteredInEureka() {
        Map<String, String> headers = new java.util.HashMap<>(system.registryAuthorization());
        headers.put("Accept", "application/json");
        Http.Reply apps = new Http(system.eurekaUrl()).get("/apps", headers);
        assertThat(apps.status()).isEqualTo(200);
        JsonNode applications = apps.json().path("applications").path("application");
        assertThat(applications.valueStream().map(app -> app.path("name").asString()))
                .contains("CATALOG-SERVICE", "ORDER-SERVICE", "PROVIDER-SERVICE", "GATEWAY");
        applications.valueStream().forEach(app -> assertThat(app.path("instance").get(0).path("status").asString())
                .as(app.path("name").asString()).isEqualTo("UP"));
    }

    @Test
    void internalEndpointsAreNotReachableThroughTheGateway() {
        for (String path : new String[] {"/internal/coverage", "/internal/dispatches", "/api/catalog/%2e%2e/internal/coverage",
                "/api/members/..;/internal/coverage"}) {
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.isProblem()).as(path).isTrue();
        }
    }

    @Test
    void aStoppedServiceGivesA503ProblemForItsRoutesWhileTheOthersKeepAnswering() {
        system.stop("catalog-service").assertSucceeded();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Http.Reply reply = http.get("/api/catalog/categories");
                assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
                assertThat(reply.isProblem()).isTrue();
                assertThat(reply.json().path("detail").asString()).contains("catalog-service");
            });
            assertThat(http.get("/v3/api-docs/catalog-service").status()).isEqualTo(503);
            assertThat(http.get("/v3/api-docs/order-service").status()).isEqualTo(200);
            assertThat(http.get("/v3/api-docs/provider-service").status()).isEqualTo(200);
            assertThat(system.status().exitCode()).as("status with a service down").isNotZero();
        } finally {
            system.start("catalog-service").assertSucceeded();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(http.get("/v3/api-docs/catalog-service").status()).isEqualTo(200));
        assertThat(system.status().exitCode()).isZero();
    }

    @Test
    void aSecondStartChangesNothing() {
        ConciergeSystem.LauncherResult again = system.start().assertSucceeded();
        assertThat(again.output()).contains("Already running");
    }

    /**
     * A build replaces the jars under each module's {@code target/}; a JVM reads classes from its jar as it
     * first needs them, so one running from there fails (ClassFormatError, NoClassDefFoundError) once a
     * later {@code start} or {@code fill} rebuilt it. Every part runs from its own copy under the data folder.
     */
    @Test
    void everyPartRunsFromItsOwnCopyUnderTheDataFolderThatARebuildLeavesAlone() throws IOException {
        Pattern jarOption = Pattern.compile("(?:^| )-jar (\\S+)");
        for (String component : system.components()) {
            String commandLine = Files.readString(Path.of("/proc/" + system.pid(component) + "/cmdline")).replace('\0', ' ');
            Matcher jar = jarOption.matcher(commandLine);
            assertThat(jar.find()).as("%s is started with -jar: %s", component, commandLine).isTrue();
            assertThat(Path.of(jar.group(1)).toAbsolutePath().normalize())
                    .as("the jar %s runs from", component)
                    .startsWith(system.dataDir().toAbsolutePath().normalize());
        }
    }

    @Test
    void documentsSurviveACleanStopAndAKillOfTheEmbeddedStore() throws Exception {
        String marker = "survivor-" + System.nanoTime();
        try (MongoClient client = MongoClients.create(system.mongoUri())) {
            collection(client).insertOne(new Document("_id", marker + "-clean").append("written", "before a clean stop"));
        }
        system.stop("embedded-mongodb").assertSucceeded();
        system.start("embedded-mongodb").assertSucceeded();
        try (MongoClient client = MongoClients.create(system.mongoUri())) {
            assertThat(collection(client).find(Filters.eq("_id", marker + "-clean")).first()).isNotNull();
            collection(client).insertOne(new Document("_id", marker + "-killed").append("written", "just before kill -9"));
        }
        system.kill("embedded-mongodb");
        system.start("embedded-mongodb").assertSucceeded();
        try (MongoClient client = MongoClients.create(system.mongoUri())) {
            assertThat(collection(client).find(Filters.eq("_id", marker + "-clean")).first()).isNotNull();
            Document afterKill = collection(client).find(Filters.eq("_id", marker + "-killed")).first();
            assertThat(afterKill).isNotNull();
            assertThat(afterKill.getString("written")).isEqualTo("just before kill -9");
        }
    }

    @Test
    void theLocalMailServerKeepsEveryMailReadableOverImapAcrossARestart() throws Exception {
        String address = "foundation-" + System.nanoTime() + "@demo.test";
        sendThroughTheLocalSmtpServer(address, "Bienvenue / Welcome", "Un premier mail, lu par IMAP.");

        ReadMail mail = Mailbox.of(system, address).await("Bienvenue", Duration.ofSeconds(30));
        assertThat(mail.text()).contains("Un premier mail, lu par IMAP.");
        assertThat(system.status().output()).contains("IMAP 127.0.0.1:" + system.imapPort(), "./concierge mail <address>");

        system.stop("mail-server").assertSucceeded();
        system.start("mail-server").assertSucceeded();
        assertThat(Mailbox.of(system, address).withSubject("Bienvenue")).hasSize(1);
        ConciergeSystem.LauncherResult printed = system.launcher(Duration.ofMinutes(1), "mail", address).assertSucceeded();
        assertThat(printed.output()).contains("Subject: Bienvenue / Welcome", "Un premier mail, lu par IMAP.");
    }

    private void sendThroughTheLocalSmtpServer(String to, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(system.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@concierge.centre-isere.fr"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("system-tests").getCollection("durability");
    }
}
