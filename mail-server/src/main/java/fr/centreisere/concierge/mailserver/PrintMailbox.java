package fr.centreisere.concierge.mailserver;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code ./concierge mail <address>}: prints the mails of one address, read over IMAP from the local
 * mail server, oldest first — each one's date, sender, subject and text. For a quick look without
 * setting up a mail client.
 */
public final class PrintMailbox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.of("Europe/Paris"));

    private PrintMailbox() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("usage: ./concierge mail <e-mail address>");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("MAIL_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.getOrDefault("MAIL_IMAP_PORT", "3143"));
        Mailbox mailbox = Mailbox.of(host, port, args[0].trim());
        List<ReadMail> mails;
        try {
            mails = mailbox.mails();
        } catch (jakarta.mail.MessagingException e) {
            System.err.println("mail server not reachable on imap://" + host + ":" + port
                    + " (" + e.getMessage() + "): is it started? ./concierge status");
            System.exit(1);
            return;
        }
        print(mailbox.address(), host, port, mails, out);
    }

    static void print(String address, String host, int port, List<ReadMail> mails, PrintStream out) {
        out.printf("%s — %d mail(s) (imap://%s:%d, user: %s, password: any)%n",
                address, mails.size(), host, port, address);
        int number = 0;
        for (ReadMail mail : mails) {
            out.println();
            out.printf("── %d. %s  %s%n", ++number, mail.sentAt() == null ? "" : WHEN.format(mail.sentAt()), mail.from());
            out.printf("   Subject: %s%n", mail.subject());
            String body = mail.text().isBlank() ? withoutTags(mail.html()) : mail.text();
            for (String line : body.strip().split("\\R")) {
                out.println("   " + line);
            }
        }
    }

    // a mail with HTML only: its words, without the markup
    private static String withoutTags(String html) {
        return html.replaceAll("(?is)<(style|script)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</h[1-6]>|</li>|</tr>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replaceAll("[ \\t]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n\n");
    }
}
