package fr.centreisere.concierge.mailserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The mails GreenMail holds, hence readable over IMAP: the latest {@code most} of the whole server, oldest
 * leaving first; every mail stays on disk ({@link KeptMails}). GreenMail keeps its mailboxes in memory only:
 * with every mail there, a stack that took a few thousand orders (the benchmark's, issue 15: 8,000 mails)
 * filled the mail server's heap, which then refused every mail and spent a core collecting garbage.
 */
final class ReadableMails {

    private final int most;
    private final UserManager mailboxes;

    ReadableMails(int most, UserManager mailboxes) {
        if (most < 1) {
            throw new IllegalArgumentException("at least one mail must be readable");
        }
        this.most = most;
        this.mailboxes = mailboxes;
    }

    /** Before a mail is stored: room for it, the server's oldest readable mail leaving memory if need be. */
    synchronized void makeRoomForOne() throws FolderException {
        List<MailFolder> inboxes = new ArrayList<>();
        int readable = 0;
        for (GreenMailUser user : mailboxes.listUser()) {
            MailFolder inbox = mailboxes.getImapHostManager().getInbox(user);
            inboxes.add(inbox);
            readable += inbox.getMessageCount();
        }
        for (; readable >= most; readable--) {
            forgetOldest(inboxes);
        }
    }

    private static void forgetOldest(List<MailFolder> inboxes) throws FolderException {
        MailFolder holder = null;
        StoredMessage oldest = null;
        for (MailFolder inbox : inboxes) {
            List<StoredMessage> messages = inbox.getMessages();
            if (!messages.isEmpty() && (oldest == null || messages.get(0).getReceivedDate().before(oldest.getReceivedDate()))) {
                holder = inbox;
                oldest = messages.get(0);
            }
        }
        if (holder != null) {
            holder.setFlags(new Flags(Flags.Flag.DELETED), true, oldest.getUid(), null, false);
            holder.expunge();
        }
    }

    /**
     * At start: a mailbox for every kept address, and the latest {@code most} kept mails of the server in
     * them, in the order they came (a mail's file is named by the instant it came, {@link KeptMails#keep}).
     */
    void load(Path root) throws IOException, MessagingException, UserException, FolderException {
        record Kept(String address, Path file) {
        }
        List<Kept> kept = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String address = folder.getFileName().toString();
                if (address.startsWith(".")) {
                    continue;
                }
                mailboxOf(address);
                Path inbox = folder.resolve("INBOX");
                if (Files.isDirectory(inbox)) {
                    try (Stream<Path> files = Files.list(inbox)) {
                        files.filter(ReadableMails::isMail).forEach(file -> kept.add(new Kept(address, file)));
                    }
                }
            }
        }
        Comparator<Kept> byArrival = Comparator.comparing(k -> k.file().getFileName().toString());
        List<Kept> latest = kept.stream().sorted(byArrival.reversed()).limit(most).sorted(byArrival).toList();
        Session session = Session.getInstance(new Properties());
        for (Kept mail : latest) {
            try (InputStream in = Files.newInputStream(mail.file())) {
                MimeMessage message = new MimeMessage(session, in);
                Date came = new Date(Files.getLastModifiedTime(mail.file()).toMillis());
                mailboxes.getImapHostManager().getInbox(mailboxOf(mail.address())).appendMessage(message, new Flags(), came);
            }
        }
    }

    private GreenMailUser mailboxOf(String address) throws UserException {
        GreenMailUser user = mailboxes.getUserByEmail(address);
        return user != null ? user : mailboxes.createUser(address, address, address);
    }

    private static boolean isMail(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".eml") && !name.startsWith(".") && Files.isRegularFile(file);
    }
}
