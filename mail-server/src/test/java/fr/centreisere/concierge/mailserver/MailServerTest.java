package fr.centreisere.concierge.mailserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailServerTest {

    private static final String FROM = "Conciergerie Centre Isère <no-reply@concierge.centre-isere.fr>";

    @TempDir
    Path dataDir;

    private MailServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aMailSentThroughSmtpIsReadOverImapByEachRecipientWithAnyPassword() throws Exception {
        MailServerSettings settings = settings();
        server = MailServer.start(settings);

        send(settings, List.of("alice@example.org", "atelier@structure.fr"),
                "Commande acceptée / Order accepted", "Votre commande n° 2026-000123 est acceptée.",
                "<h1>Commande acceptée</h1><p><a href=\"http://localhost:8080/#/commandes/ord-1\">Voir</a></p>");

        List<ReadMail> alice = Mailbox.of("127.0.0.1", settings.imapPort(), "alice@example.org").mails();
        assertThat(alice).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Commande acceptée / Order accepted");
            assertThat(mail.from()).contains("Conciergerie Centre Isère", "<no-reply@concierge.centre-isere.fr>");
            assertThat(mail.to()).contains("alice@example.org", "atelier@structure.fr");
            assertThat(mail.text()).contains("Votre commande n° 2026-000123 est acceptée.");
            assertThat(mail.html()).contains("<h1>Commande acceptée</h1>");
            assertThat(mail.links()).containsExactly("http://localhost:8080/#/commandes/ord-1");
            assertThat(mail.sentAt()).isNotNull();
        });
        assertThat(Mailbox.of("127.0.0.1", settings.imapPort(), "atelier@structure.fr").mails())
                .extracting(ReadMail::subject).containsExactly("Commande acceptée / Order accepted");
        // the user name is the address, whatever its case; any password opens it
        assertThat(countWithPassword(settings, "ALICE@example.org", "not-a-real-password")).isEqualTo(1);
        assertThat(Mailbox.of("127.0.0.1", settings.imapPort(), "nobody@example.org").mails()).isEmpty();
    }

    @Test
    void mailsOutliveARestart() throws Exception {
        MailServerSettings settings = settings();
        server = MailServer.start(settings);
        send(settings, List.of("bob@example.org"), "Première / First", "un", "<p>un</p>");
        send(settings, List.of("bob@example.org"), "Seconde / Second", "deux", "<p>deux</p>");
        server.stop();

        server = MailServer.start(settings);
        assertThat(Mailbox.of("127.0.0.1", settings.imapPort(), "bob@example.org").mails())
                .extracting(ReadMail::subject)
                .containsExactlyInAnyOrder("Première / First", "Seconde / Second");

        // and a mail after the restart joins them, without doubling the ones read back
        send(settings, List.of("bob@example.org"), "Troisième / Third", "trois", "<p>trois</p>");
        assertThat(Mailbox.of("127.0.0.1", settings.imapPort(), "bob@example.org").mails()).hasSize(3);
        server.stop();
        server = MailServer.start(settings);
        assertThat(Mailbox.of("127.0.0.1", settings.imapPort(), "bob@example.org").mails()).hasSize(3);
    }

    /**
     * The launcher takes the servers' greeting for ready: by then every kept mail must be readable.
     * (GreenMail read its preload folder only after opening its servers: a quick reader after a
     * restart found an empty mailbox, which failed a system test under load.)
     */
    @Test
    void theKeptMailsAreReadableAsSoonAsTheServersGreet() throws Exception {
        MailServerSettings settings = settings();
        Path inbox = Files.createDirectories(settings.mailDir().resolve("dora@example.org").resolve("INBOX"));
        MimeMessage kept = new MimeMessage(Session.getInstance(new Properties()));
        kept.setFrom(new InternetAddress(FROM));
        kept.setSubject("Gardé / Kept", "UTF-8");
        kept.setText("un mail gardé", "UTF-8");
        for (int i = 0; i < 400; i++) {
            try (var out = Files.newOutputStream(inbox.resolve("%013d-kept.eml".formatted(i)))) {
                kept.writeTo(out);
            }
        }
        var starting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return MailServer.start(settings);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            awaitGreeting(settings.imapPort());
            assertThat(countWithPassword(settings, "dora@example.org", "any")).isEqualTo(400);
        } finally {
            server = starting.get(1, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    private static void awaitGreeting(int port) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(5_000);
                if (new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine().startsWith("* OK")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the IMAP server never greeted");
    }

    /**
     * Issue 15: GreenMail held every mail in memory; the benchmark's few thousand orders (8,000 mails) filled the
     * mail server's heap, which then refused every mail and spent a core collecting garbage. Now the latest
     * mails of the server are readable, the older ones stay on disk only, and a restart reads back the latest.
     */
    @Test
    void onlyTheServersLatestMailsAreHeldAndReadableEveryMailStaysOnDisk() throws Exception {
        MailServerSettings few = new MailServerSettings("127.0.0.1", freePort(), freePort(), dataDir.resolve("mail"), 3);
        server = MailServer.start(few);
        send(few, List.of("eve@example.org"), "Un / One", "1", "<p>1</p>");
        send(few, List.of("fanny@example.org"), "Deux / Two", "2", "<p>2</p>");
        send(few, List.of("eve@example.org"), "Trois / Three", "3", "<p>3</p>");
        send(few, List.of("fanny@example.org"), "Quatre / Four", "4", "<p>4</p>");
        send(few, List.of("eve@example.org"), "Cinq / Five", "5", "<p>5</p>");

        assertThat(Mailbox.of("127.0.0.1", few.imapPort(), "eve@example.org").mails()).extracting(ReadMail::subject)
                .containsExactly("Trois / Three", "Cinq / Five");
        assertThat(Mailbox.of("127.0.0.1", few.imapPort(), "fanny@example.org").mails()).extracting(ReadMail::subject)
                .containsExactly("Quatre / Four");
        assertThat(kept(few, "eve@example.org") + kept(few, "fanny@example.org")).as("all on disk").isEqualTo(5);

        server.stop();
        server = MailServer.start(few);
        assertThat(Mailbox.of("127.0.0.1", few.imapPort(), "eve@example.org").mails()).extracting(ReadMail::subject)
                .as("the latest three, read back").containsExactly("Trois / Three", "Cinq / Five");
        assertThat(Mailbox.of("127.0.0.1", few.imapPort(), "fanny@example.org").mails()).hasSize(1);
        send(few, List.of("gaston@example.org"), "Six / Six", "6", "<p>6</p>");
        assertThat(Mailbox.of("127.0.0.1", few.imapPort(), "eve@example.org").mails()).extracting(ReadMail::subject)
                .containsExactly("Cinq / Five");
    }

    private static long kept(MailServerSettings settings, String address) throws IOException {
        try (Stream<Path> files = Files.list(settings.mailDir().resolve(address).resolve("INBOX"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).count();
        }
    }

    @Test
    void theKeptMailsAreTheOwnersOnly() throws Exception {
        MailServerSettings settings = settings();
        server = MailServer.start(settings);
        send(settings, List.of("carole@example.org"), "Privé / Private", "texte", "<p>texte</p>");

        assertThat(permissions(settings.mailDir())).isEqualTo("rwx------");
        assertThat(permissions(settings.mailDir().resolve("carole@example.org"))).isEqualTo("rwx------");
        assertThat(permissions(settings.mailDir().resolve("carole@example.org/INBOX"))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(settings.mailDir().resolve("carole@example.org/INBOX"))) {
            assertThat(files.toList()).singleElement().satisfies(file -> {
                assertThat(file.getFileName().toString()).endsWith(".eml");
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Subject:");
            });
        }
    }

    @Test
    void aMailboxIsPrintedWithItsSubjectsAndTexts() throws Exception {
        MailServerSettings settings = settings();
        server = MailServer.start(settings);
        send(settings, List.of("dora@example.org"), "Nouvelle mission / New job", "Repassage à Voiron, le 3 décembre.", "<p>Repassage</p>");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintMailbox.print("dora@example.org", "127.0.0.1", settings.imapPort(),
                Mailbox.of("127.0.0.1", settings.imapPort(), "dora@example.org").mails(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("dora@example.org — 1 mail(s)")
                .contains("Subject: Nouvelle mission / New job")
                .contains("   Repassage à Voiron, le 3 décembre.");
    }

    @Test
    void anAddressThatWouldLeaveTheMailFolderIsNotKept() throws Exception {
        KeptMails kept = KeptMails.in(dataDir.resolve("mail"), java.time.Clock.systemUTC());
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setText("x");

        assertThatThrownBy(() -> kept.keep("../outside@example.org", message)).isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> kept.keep(".hidden@example.org", message)).isInstanceOf(MessagingException.class);
        assertThat(dataDir.resolve("outside@example.org")).doesNotExist();
        try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void settingsComeFromTheEnvironmentWithLocalDefaults() {
        MailServerSettings defaults = MailServerSettings.fromEnvironment(Map.of());
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.smtpPort()).isEqualTo(3025);
        assertThat(defaults.imapPort()).isEqualTo(3143);
        assertThat(defaults.mailDir()).isEqualTo(Path.of("data/mail"));

        MailServerSettings custom = MailServerSettings.fromEnvironment(Map.of(
                "MAIL_BIND_ADDRESS", "0.0.0.0", "MAIL_SMTP_PORT", "13025", "MAIL_IMAP_PORT", "13143", "MAIL_DIR", "/tmp/m"));
        assertThat(custom).isEqualTo(new MailServerSettings("0.0.0.0", 13025, 13143, Path.of("/tmp/m"), 1_000));
        assertThat(MailServerSettings.fromEnvironment(Map.of("MAIL_READABLE_MAILS", "50")).readableMails()).isEqualTo(50);
    }

    private MailServerSettings settings() throws IOException {
        return new MailServerSettings("127.0.0.1", freePort(), freePort(), dataDir.resolve("mail"),
                MailServerSettings.READABLE_MAILS);
    }

    private static void send(MailServerSettings settings, List<String> to, String subject, String text, String html)
            throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(settings.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(FROM));
        for (String address : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, "UTF-8");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", plain, rich));
        Transport.send(message);
    }

    private static int countWithPassword(MailServerSettings settings, String user, String password) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", settings.imapPort(), user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
