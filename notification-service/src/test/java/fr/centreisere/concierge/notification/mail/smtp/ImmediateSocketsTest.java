package fr.centreisere.concierge.notification.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;

import fr.centreisere.concierge.notification.SmtpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class ImmediateSocketsTest {

    @Test
    void aMailServerReachedInPlainTextGetsEachWriteAtOnceAndTheMailStillArrives() throws Exception {
        SmtpServer server = SmtpServer.get();
        server.purge();
        JavaMailSenderImpl sender = sender("false", "false");
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());

        ImmediateSockets.forPlainSmtp(sender);

        assertThat(ImmediateSockets.givenTo(sender)).isTrue();
        MimeMessage mail = sender.createMimeMessage();
        mail.setFrom("no-reply@concierge.centre-isere.fr");
        mail.setRecipients(Message.RecipientType.TO, "alice@example.org");
        mail.setSubject("Commande acceptée", "UTF-8");
        mail.setText("Votre commande est acceptée.", "UTF-8");
        sender.send(mail);
        assertThat(server.received()).singleElement()
                .satisfies(received -> assertThat(received.getSubject()).isEqualTo("Commande acceptée"));
    }

    @Test
    void itsSocketsHaveNaglesAlgorithmOffHoweverJavaMailAsksForThem() throws Exception {
        SmtpServer server = SmtpServer.get();
        ImmediateSockets sockets = new ImmediateSockets();
        try (Socket unconnected = sockets.createSocket(); Socket connected = sockets.createSocket("127.0.0.1", server.port())) {
            unconnected.connect(new InetSocketAddress("127.0.0.1", server.port()));
            assertThat(unconnected.getTcpNoDelay()).isTrue();
            assertThat(connected.getTcpNoDelay()).isTrue();
        }
        try (Socket plain = new Socket("127.0.0.1", server.port())) {
            assertThat(plain.getTcpNoDelay()).as("Java's default, which these sockets change").isFalse();
        }
    }

    @Test
    void overTlsJavaMailKeepsItsOwnSockets() {
        JavaMailSenderImpl startTls = sender("true", "false");
        JavaMailSenderImpl ssl = sender("false", "true");

        ImmediateSockets.forPlainSmtp(startTls);
        ImmediateSockets.forPlainSmtp(ssl);

        assertThat(startTls.getJavaMailProperties()).doesNotContainKey("mail.smtp.socketFactory");
        assertThat(ssl.getJavaMailProperties()).doesNotContainKey("mail.smtp.socketFactory");
    }

    /** The settings as application.yml gives them: strings from the environment. */
    private static JavaMailSenderImpl sender(String startTls, String ssl) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties settings = new Properties();
        settings.setProperty("mail.smtp.starttls.enable", startTls);
        settings.setProperty("mail.smtp.starttls.required", startTls);
        settings.setProperty("mail.smtp.ssl.enable", ssl);
        settings.setProperty("mail.smtp.writetimeout", "3000");
        sender.setJavaMailProperties(settings);
        return sender;
    }
}
