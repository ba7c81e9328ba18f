package fr.centreisere.concierge.mailserver;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real mail server for local runs, so that the system's mails can be read on a machine without
 * one: the services send through its SMTP server as they would through any other, and every mail
 * waits in its recipient's mailbox, read over IMAP. Production sends through the SMTP server the
 * environment names; nothing in the services knows this one is local.
 *
 * <p>Every recipient address gets a mailbox on its first mail; over IMAP the user name is the
 * address and any password is accepted (GreenMail without authentication). Mails are kept on disk
 * ({@link KeptMails}); the latest of them are readable over IMAP ({@link ReadableMails}: 1,000 unless
 * {@code MAIL_READABLE_MAILS} says otherwise), read back at each start.
 */
public final class MailServer {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final GreenMail greenMail;
    private final MailServerSettings settings;

    private MailServer(GreenMail greenMail, MailServerSettings settings) {
        this.greenMail = greenMail;
        this.settings = settings;
    }

    public static MailServer start(MailServerSettings settings) throws IOException {
        KeptMails kept = KeptMails.in(settings.mailDir(), Clock.systemUTC());
        GreenMail greenMail = new KeepingGreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), settings.host(), ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), settings.host(), ServerSetup.PROTOCOL_IMAP)}, kept,
                settings.readableMails());
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        log.info("Mail server listening: SMTP on {}:{}, IMAP on {}:{} (user name: the address, any password; mails in {})",
                settings.host(), settings.smtpPort(), settings.host(), settings.imapPort(), kept.root());
        return new MailServer(greenMail, settings);
    }

    public void stop() {
        log.info("Stopping the mail server (SMTP {}, IMAP {})", settings.smtpPort(), settings.imapPort());
        greenMail.stop();
    }

    /**
     * GreenMail that reads the kept mails back and keeps new deliveries before its servers accept
     * anyone: its own preload and settings are applied only after the servers are up, so a client
     * quick after a restart (the launcher's readiness is the servers' greeting) found an empty mailbox.
     */
    private static final class KeepingGreenMail extends GreenMail {

        private final KeptMails kept;
        private final int readableMails;

        KeepingGreenMail(ServerSetup[] setups, KeptMails kept, int readableMails) {
            super(setups);
            this.kept = kept;
            this.readableMails = readableMails;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
            if (kept == null) {
                return super.createServices(setups, managers); // GreenMail's constructor: start() comes again
            }
            Map<String, AbstractServer> created = QuickReplies.of(super.createServices(setups, managers), managers);
            services.putAll(created); // loadEmails reads its session settings from the (not yet started) SMTP server
            UserManager mailboxes = managers.getUserManager();
            mailboxes.setAuthRequired(false);
            ReadableMails readable = new ReadableMails(readableMails, mailboxes);
            try {
                readable.load(kept.root());
            } catch (IOException | FolderException | MessagingException | UserException e) {
                throw new IllegalStateException("could not read the kept mails back from " + kept.root(), e);
            }
            mailboxes.setMessageDeliveryHandler(kept.around(mailboxes.getMessageDeliveryHandler(), readable));
            return created;
        }
    }

    public static void main(String[] args) throws IOException {
        MailServer server = start(MailServerSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-server-shutdown"));
    }
}
