package fr.centreisere.concierge.mailserver;

import java.net.Socket;
import java.net.SocketException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail's SMTP and IMAP servers with Nagle's algorithm off on every client's connection.
 * GreenMail writes a reply of several lines (SMTP's answer to EHLO, most IMAP answers) one flushed
 * line at a time; with Nagle on, each line after the first waits for the client's acknowledgement of
 * the one before, which a client waiting for the whole reply delays by 40 ms (Linux's delayed ACK).
 * That made every mail cost 43 ms of waiting at EHLO alone, and every IMAP command as much.
 */
final class QuickReplies {

    private QuickReplies() {
    }

    /** The same servers as GreenMail made, each SMTP and IMAP one replaced by its quick twin. */
    static Map<String, AbstractServer> of(Map<String, AbstractServer> made, Managers managers) {
        Map<String, AbstractServer> quick = new LinkedHashMap<>();
        made.forEach((protocol, server) -> quick.put(protocol, quick(server, managers)));
        return quick;
    }

    private static AbstractServer quick(AbstractServer server, Managers managers) {
        if (server instanceof SmtpServer) {
            return new Smtp(server.getServerSetup(), managers);
        }
        if (server instanceof ImapServer) {
            return new Imap(server.getServerSetup(), managers);
        }
        return server;
    }

    private static void replyAtOnce(Socket client) throws SocketException {
        client.setTcpNoDelay(true);
    }

    static final class Smtp extends SmtpServer {

        Smtp(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket client) throws SocketException {
            replyAtOnce(client);
            super.handleClientSocket(client);
        }
    }

    /** GreenMail's {@link ImapServer} is final: the same handler, on a server of its own. */
    static final class Imap extends AbstractServer {

        Imap(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket client) {
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), client);
        }

        @Override
        protected void handleClientSocket(Socket client) throws SocketException {
            replyAtOnce(client);
            super.handleClientSocket(client);
        }
    }
}
