package fr.centreisere.concierge.notification.mail.smtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;

import javax.net.SocketFactory;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sockets with Nagle's algorithm off (TCP_NODELAY) for a mail server reached without TLS. JavaMail
 * writes a mail's body, then the lone "." that ends it; with Nagle on, the "." waits for the server to
 * acknowledge the body, which a server waiting for that "." delays by 40 ms (Linux's delayed ACK):
 * 40 ms of waiting in every mail sent (docs/PERFORMANCE.md). JavaMail has no setting for it, only a
 * socket factory. Over TLS (SSL or STARTTLS) JavaMail keeps its own factories: they check the server's
 * certificate, and a plain factory given to it could be taken for the TLS one.
 */
public final class ImmediateSockets extends SocketFactory {

    private static final String FACTORY = "mail.smtp.socketFactory";

    /** Gives the sender these sockets when its server is reached in plain text; otherwise changes nothing. */
    public static void forPlainSmtp(JavaMailSenderImpl sender) {
        Properties settings = sender.getJavaMailProperties();
        if (on(settings, "mail.smtp.ssl.enable") || on(settings, "mail.smtp.starttls.enable")) {
            return;
        }
        settings.put(FACTORY, new ImmediateSockets());
        sender.setJavaMailProperties(settings); // the session is made again from them
    }

    static boolean givenTo(JavaMailSenderImpl sender) {
        return sender.getJavaMailProperties().get(FACTORY) instanceof ImmediateSockets;
    }

    private static boolean on(Properties settings, String name) {
        return Boolean.parseBoolean(String.valueOf(settings.getOrDefault(name, "false")).trim());
    }

    @Override
    public Socket createSocket() throws IOException {
        return immediate(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return immediate(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return immediate(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return immediate(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort) throws IOException {
        return immediate(new Socket(host, port, localHost, localPort));
    }

    private static Socket immediate(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
