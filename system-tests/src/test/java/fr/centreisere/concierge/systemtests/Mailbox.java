package fr.centreisere.concierge.systemtests;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import fr.centreisere.concierge.mailserver.ReadMail;
import jakarta.mail.MessagingException;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One recipient's mails on the system's local mail server, read over IMAP as a person reads them
 * (user name: the address, any password). For the tests that follow a mail to its recipient:
 * {@code Mailbox.of(system, "resident@demo.fr").await("Commande acceptée", Duration.ofSeconds(30))}.
 */
public final class Mailbox {

    private final fr.centreisere.concierge.mailserver.Mailbox imap;

    private Mailbox(fr.centreisere.concierge.mailserver.Mailbox imap) {
        this.imap = imap;
    }

    public static Mailbox of(ConciergeSystem system, String address) {
        return new Mailbox(fr.centreisere.concierge.mailserver.Mailbox.of("127.0.0.1", system.imapPort(), address));
    }

    /** Every mail of the address now, in arrival order. */
    public List<ReadMail> mails() {
        try {
            return imap.mails();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the mailbox of " + imap.address() + " over IMAP", e);
        }
    }

    /** The mails whose subject contains the text (to count them: a message must come once). */
    public List<ReadMail> withSubject(String subjectContains) {
        return mails().stream().filter(mail -> mail.subject().contains(subjectContains)).toList();
    }

    /**
     * The newest mail whose subject contains the text, once it has arrived; fails after the timeout
     * saying which subjects the mailbox had.
     */
    public ReadMail await(String subjectContains, Duration timeout) {
        AtomicReference<List<ReadMail>> seen = new AtomicReference<>(List.of());
        try {
            org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        seen.set(mails());
                        return seen.get().stream().anyMatch(mail -> mail.subject().contains(subjectContains));
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no mail with « " + subjectContains + " » in its subject reached " + imap.address()
                    + " within " + timeout + "; its subjects: " + seen.get().stream().map(ReadMail::subject).toList(), e);
        }
        List<ReadMail> matching = seen.get().stream().filter(mail -> mail.subject().contains(subjectContains)).toList();
        return matching.get(matching.size() - 1);
    }
}
