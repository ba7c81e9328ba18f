package fr.centreisere.concierge.mailserver;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the mail server listens and keeps the mails.
 *
 * @param host     the address both protocols listen on (the loopback address unless told otherwise)
 * @param smtpPort where the services hand their mails in
 * @param imapPort where people (and the tests) read them
 * @param mailDir  one folder per recipient address, one {@code .eml} file per mail
 * @param readableMails how many of the latest mails of the whole server are readable over IMAP (held in
 *                 memory); all of them stay in {@code mailDir}
 */
public record MailServerSettings(String host, int smtpPort, int imapPort, Path mailDir, int readableMails) {

    /** Enough for a day of the demo's mails, a few tens of MB of the mail server's heap. */
    public static final int READABLE_MAILS = 1_000;

    public static MailServerSettings fromEnvironment(Map<String, String> env) {
        return new MailServerSettings(
                env.getOrDefault("MAIL_BIND_ADDRESS", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("MAIL_SMTP_PORT", "3025")),
                Integer.parseInt(env.getOrDefault("MAIL_IMAP_PORT", "3143")),
                Path.of(env.getOrDefault("MAIL_DIR", "data/mail")),
                Integer.parseInt(env.getOrDefault("MAIL_READABLE_MAILS", String.valueOf(READABLE_MAILS))));
    }
}
