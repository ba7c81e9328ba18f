package fr.centreisere.concierge.notification.system;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.notification.event.Events;
import fr.centreisere.concierge.notification.event.ReceiveEvent;
import fr.centreisere.concierge.notification.inbox.Inbox;
import fr.centreisere.concierge.notification.inbox.ReadInbox;
import fr.centreisere.concierge.notification.mail.MailComposer;
import fr.centreisere.concierge.notification.mail.MailTransport;
import fr.centreisere.concierge.notification.mail.Mails;
import fr.centreisere.concierge.notification.mail.PostMail;
import fr.centreisere.concierge.notification.mail.smtp.ImmediateSockets;
import fr.centreisere.concierge.notification.mail.smtp.SmtpMailTransport;
import fr.centreisere.concierge.notification.mail.thymeleaf.ThymeleafMailComposer;
import fr.centreisere.concierge.notification.message.Wording;
import fr.centreisere.concierge.notification.recipient.ManagePreferences;
import fr.centreisere.concierge.notification.recipient.Recipients;
import fr.centreisere.concierge.notification.summary.AttentionReport;
import fr.centreisere.concierge.notification.summary.AttentionSource;
import fr.centreisere.concierge.notification.summary.SendDailySummary;
import fr.centreisere.concierge.notification.summary.StuckMessage;
import fr.centreisere.concierge.platform.outbox.OutboxRelay;
import fr.centreisere.concierge.notification.summary.feign.FeignAttentionSources;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The use cases, wired to their adapters: the bundles and templates, the SMTP server, the Feign clients of the summary. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@EnableFeignClients(basePackages = "fr.centreisere.concierge.notification")
class NotificationConfiguration {

    @Bean
    Wording wording() {
        return new Wording(new BundleTexts(), TimeConfiguration.TERRITORY_ZONE);
    }

    @Bean
    MailComposer mailComposer(Wording wording, NotificationProperties properties) {
        return new ThymeleafMailComposer(ThymeleafMailComposer.engine(), wording, properties.publicUrl());
    }

    @Bean
    MailTransport mailTransport(JavaMailSender sender, NotificationProperties properties) {
        if (sender instanceof JavaMailSenderImpl configured) {
            ImmediateSockets.forPlainSmtp(configured);
        }
        return new SmtpMailTransport(sender, properties.mailFrom());
    }

    @Bean
    PostMail postMail(MailComposer composer, Mails mails) {
        return new PostMail(composer, mails);
    }

    @Bean
    ReceiveEvent receiveEvent(Events events, Recipients recipients, Inbox inbox, PostMail post, Clock clock) {
        return new ReceiveEvent(events, recipients, inbox, post, clock);
    }

    @Bean
    ReadInbox readInbox(Inbox inbox, Recipients recipients, Wording wording, Clock clock) {
        return new ReadInbox(inbox, recipients, wording, clock);
    }

    @Bean
    ManagePreferences managePreferences(Recipients recipients) {
        return new ManagePreferences(recipients);
    }

    /** order-service's and provider-service's reports, and this service's own: mails the mail server keeps refusing. */
    @Bean
    SendDailySummary sendDailySummary(FeignAttentionSources sources, OutboxRelay mailRelay, ReceiveEvent receiveEvent,
            Clock clock) {
        List<AttentionSource> all = new ArrayList<>(sources.sources());
        all.add(() -> AttentionReport.of("notification-service", List.of(), mailRelay.needingAttention(100).stream()
                // a mail's id is its event's and its address's: the summary names the event, not the address
                .map(mail -> new StuckMessage(mail.owner().substring(0, Math.max(0, mail.owner().lastIndexOf('|'))), mail.destination(), mail.kind(),
                        mail.attempts(), mail.lastError(), mail.since().toString()))
                .toList()));
        return new SendDailySummary(all, receiveEvent, clock);
    }
}
