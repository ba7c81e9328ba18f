package fr.centreisere.concierge.mailserver;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * One recipient's mailbox read over IMAP, as any mail client reads it: the user name is the
 * address; the password is whatever the server wants (any, on this project's local mail server).
 * Opened read-only: reading marks nothing as seen.
 */
public final class Mailbox {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String host;
    private final int imapPort;
    private final String address;
    private final String password;

    private Mailbox(String host, int imapPort, String address, String password) {
        this.host = host;
        this.imapPort = imapPort;
        this.address = address;
        this.password = password;
    }

    /** The mailbox of {@code address} on an IMAP server that accepts any password. */
    public static Mailbox of(String host, int imapPort, String address) {
        return new Mailbox(host, imapPort, address, "any");
    }

    public String address() {
        return address;
    }

    /** Every mail in the inbox, in the order the server keeps them (arrival). */
    public List<ReadMail> mails() throws MessagingException, IOException {
        Store store = session().getStore("imap");
        store.connect(host, imapPort, address, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReadMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(ReadMail.of(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static Session session() {
        Properties properties = new Properties();
        String millis = String.valueOf(TIMEOUT.toMillis());
        properties.setProperty("mail.imap.connectiontimeout", millis);
        properties.setProperty("mail.imap.timeout", millis);
        properties.setProperty("mail.imap.writetimeout", millis);
        return Session.getInstance(properties);
    }
}
