package fr.centreisere.concierge.notification.mail.smtp;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import fr.centreisere.concierge.notification.mail.Mail;
import fr.centreisere.concierge.notification.mail.MailNotSent;
import fr.centreisere.concierge.notification.mail.MailRefused;
import fr.centreisere.concierge.notification.mail.MailTransport;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Hands a mail to the SMTP server (spring-boot-starter-mail's {@link JavaMailSender}, configured from
 * {@code SMTP_*}) as {@code multipart/alternative}: the plain text first, the HTML last (the one a
 * client shows when it can). Its {@code Message-ID} is derived from the mail's id, so a mail sent twice
 * (a lease that ran out during a slow send) is recognisable as one by the receiving side.
 */
public final class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final InternetAddress from;

    public SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            // the name encoded for the header (« Isère » as =?UTF-8?…?=), not sent as raw 8-bit text
            this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("MAIL_FROM is not a valid address: " + from, e);
        }
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            throw new MailRefused("The mail cannot be written for " + mail.to().email() + ": " + e.getMessage(), e);
        }
        try {
            sender.send(message);
        } catch (MailParseException | MailPreparationException e) {
            throw new MailRefused("The mail cannot be sent: " + e.getMessage(), e);
        } catch (MailSendException e) {
            if (refusedForGood(e)) {
                throw new MailRefused("The mail server refused the address " + mail.to().email() + ": " + rootMessage(e), e);
            }
            throw new MailNotSent("The mail server did not take the mail: " + rootMessage(e), e);
        } catch (MailException e) {
            throw new MailNotSent("The mail server did not take the mail: " + rootMessage(e), e);
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().email(), mail.to().name(), "UTF-8"));
        message.setSubject(mail.content().subject(), "UTF-8");
        message.setHeader("Content-Language", mail.to().language().code());
        message.setHeader("Message-ID", "<" + digest(mail.id().value()) + "@notification.concierge>");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.content().text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.content().html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    /** An address the server refuses with a permanent (5xx) answer: sending again would change nothing. */
    private static boolean refusedForGood(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            Throwable cause = failure;
            while (cause != null) {
                if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0) {
                    return true;
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
