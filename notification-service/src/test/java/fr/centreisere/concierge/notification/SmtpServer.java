package fr.centreisere.concierge.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server for the tests (GreenMail), on a free port of its own that stays the same when it
 * is stopped and started again (the mail server away for a while). One for every test context.
 */
public final class SmtpServer {

    private static final SmtpServer INSTANCE = new SmtpServer();

    private final ServerSetup setup;
    private GreenMail server;

    private SmtpServer() {
        setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        start();
    }

    public static SmtpServer get() {
        return INSTANCE;
    }

    public int port() {
        return setup.getPort();
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(setup);
            server.start();
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized void purge() {
        start();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mail received since the last purge, each once per envelope recipient. */
    public synchronized List<MimeMessage> received() {
        start();
        return List.of(server.getReceivedMessages());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
