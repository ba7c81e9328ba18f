package fr.centreisere.concierge.mailserver;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;

/**
 * A mail as its reader sees it: who sent it, when, its subject, and its text and HTML parts decoded
 * (quoted-printable, base64 and encoded words undone by Jakarta Mail).
 *
 * @param text the plain-text part; empty when the mail has none
 * @param html the HTML part; empty when the mail has none
 */
public record ReadMail(String from, List<String> to, String subject, Instant sentAt, String text, String html) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    static ReadMail of(Message message) throws MessagingException, IOException {
        Parts parts = new Parts();
        parts.collect(message);
        return new ReadMail(
                addresses(message.getFrom()).stream().findFirst().orElse(""),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                message.getSubject() == null ? "" : message.getSubject(),
                message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                parts.text, parts.html);
    }

    /** The web addresses the mail links to, text part first, each once (HTML entities left as they are). */
    public List<String> links() {
        LinkedHashSet<String> links = new LinkedHashSet<>();
        for (String body : List.of(text, html)) {
            Matcher matcher = LINK.matcher(body);
            while (matcher.find()) {
                links.add(matcher.group().replace("&amp;", "&"));
            }
        }
        return List.copyOf(links);
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> all = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                // a name with accents as it reads, not as an encoded word
                all.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
            }
        }
        return all;
    }

    /** The first text/plain and the first text/html part, anywhere in the mail's tree of parts. */
    private static final class Parts {
        private String text = "";
        private String html = "";

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("text/plain") && text.isEmpty()) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html.isEmpty()) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }
    }
}
