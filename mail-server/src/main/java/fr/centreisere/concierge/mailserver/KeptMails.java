package fr.centreisere.concierge.mailserver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The mails on disk, so that they outlive a restart: GreenMail keeps its mailboxes in memory only,
 * and reads back at start a folder laid out as {@code <address>/INBOX/<mail>.eml} (its "preload
 * directory"). This class writes every delivered mail into that layout before GreenMail stores it,
 * so a mail the SMTP server has answered {@code 250 OK} for is on disk.
 *
 * <p>Only arrivals are written: a mail deleted or flagged over IMAP is so until the next start.
 */
final class KeptMails {

    private final Path root;
    private final Clock clock;
    private final AtomicLong arrivals = new AtomicLong();

    private KeptMails(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    static KeptMails in(Path root, Clock clock) throws IOException {
        Files.createDirectories(root);
        ownerOnly(root);
        return new KeptMails(root.toAbsolutePath(), clock);
    }

    Path root() {
        return root;
    }

    /**
     * GreenMail's delivery (find or create the recipient's mailbox), with the mail kept on disk first and room
     * made for it among the readable ones.
     */
    MessageDeliveryHandler around(MessageDeliveryHandler delivery, ReadableMails readable) {
        return (message, address) -> {
            try {
                readable.makeRoomForOne();
            } catch (FolderException e) {
                throw new MessagingException("could not make room for the mail to " + address, e);
            }
            GreenMailUser recipient = delivery.handle(message, address);
            keep(recipient.getEmail(), message.getMessage());
            return recipient;
        };
    }

    /**
     * Writes the mail under its recipient's folder: first under a hidden name (GreenMail skips hidden
     * files when it reads the folder back), then renamed at once, so a crash never leaves half a mail.
     */
    void keep(String address, MimeMessage message) throws MessagingException {
        Path inbox = mailboxOf(address).resolve("INBOX");
        // named by the instant it came, then its rank in this process: the names sort as the mails came
        String name = "%013d-%06d-%s".formatted(clock.millis(), arrivals.incrementAndGet() % 1_000_000, UUID.randomUUID());
        try {
            Files.createDirectories(inbox);
            ownerOnly(inbox.getParent());
            ownerOnly(inbox);
            Path temporary = inbox.resolve("." + name + ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            Files.move(temporary, inbox.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the SMTP server then answers 451: the sender keeps the mail and tries again
            throw new MessagingException("could not keep the mail for " + address + " in " + inbox, e);
        }
    }

    /**
     * The recipient's folder, named by the address as GreenMail expects. An address that would leave
     * the folder, hide itself or name another one is refused.
     */
    private Path mailboxOf(String address) throws MessagingException {
        String name = address.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new MessagingException("this mail server keeps no mailbox for the address '" + address + "'");
        }
        Path mailbox = root.resolve(name).normalize();
        if (!root.equals(mailbox.getParent())) {
            throw new MessagingException("this mail server keeps no mailbox for the address '" + address + "'");
        }
        return mailbox;
    }

    // mails are personal: the folders are their owner's only, whatever the umask
    private static void ownerOnly(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
