package fr.centreisere.concierge.mailserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

class QuickRepliesTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void theSmtpAndImapServersAnswerEachClientOnAConnectionWithNaglesAlgorithmOff() throws Exception {
        Managers managers = new Managers();
        Map<String, AbstractServer> made = new LinkedHashMap<>();
        made.put(ServerSetup.PROTOCOL_SMTP, new SmtpServer(setup(ServerSetup.PROTOCOL_SMTP), managers));
        made.put(ServerSetup.PROTOCOL_IMAP, new ImapServer(setup(ServerSetup.PROTOCOL_IMAP), managers));

        Map<String, AbstractServer> quick = QuickReplies.of(made, managers);

        assertThat(quick).containsOnlyKeys(ServerSetup.PROTOCOL_SMTP, ServerSetup.PROTOCOL_IMAP);
        assertThat(greetingOnAConnectionHandledBy(quick.get(ServerSetup.PROTOCOL_SMTP))).startsWith("220 ");
        assertThat(greetingOnAConnectionHandledBy(quick.get(ServerSetup.PROTOCOL_IMAP))).startsWith("* OK");
    }

    /** Hands a freshly accepted connection to the server, as its accept loop does, and reads its greeting. */
    private static String greetingOnAConnectionHandledBy(AbstractServer server) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, LOOPBACK);
                Socket client = new Socket(LOOPBACK, listener.getLocalPort());
                Socket accepted = listener.accept()) {
            assertThat(accepted.getTcpNoDelay()).as("Java's default, which the servers change").isFalse();

            if (server instanceof QuickReplies.Smtp smtp) {
                smtp.handleClientSocket(accepted);
            } else if (server instanceof QuickReplies.Imap imap) {
                imap.handleClientSocket(accepted);
            } else {
                throw new AssertionError("not a quick server: " + server.getClass());
            }

            assertThat(accepted.getTcpNoDelay()).isTrue();
            BufferedReader replies = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            return replies.readLine();
        }
    }

    private static ServerSetup setup(String protocol) {
        return new ServerSetup(0, LOOPBACK.getHostAddress(), protocol);
    }
}
