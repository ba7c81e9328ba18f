package fr.centreisere.concierge.mailserver;

import java.io.IOException;
import java.time.Clock;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
 * ({@link KeptMails}) and read back at each start.
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
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), settings.host(), ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), settings.host(), ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig()
                .withDisabledAuthentication()
                .withPreloadDir(kept.root().toString()));
        // start() makes new managers and reads the kept mails back: the delivery is wrapped after it
        greenMail.start();
        UserManager mailboxes = greenMail.getUserManager();
        mailboxes.setMessageDeliveryHandler(kept.around(mailboxes.getMessageDeliveryHandler()));
        log.info("Mail server listening: SMTP on {}:{}, IMAP on {}:{} (user name: the address, any password; mails in {})",
                settings.host(), settings.smtpPort(), settings.host(), settings.imapPort(), kept.root());
        return new MailServer(greenMail, settings);
    }

    public void stop() {
        log.info("Stopping the mail server (SMTP {}, IMAP {})", settings.smtpPort(), settings.imapPort());
        greenMail.stop();
    }

    public static void main(String[] args) throws IOException {
        MailServer server = start(MailServerSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-server-shutdown"));
    }
}
