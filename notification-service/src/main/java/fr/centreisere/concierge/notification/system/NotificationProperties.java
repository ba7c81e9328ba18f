package fr.centreisere.concierge.notification.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings ({@code concierge.notification.*}).
 *
 * @param publicUrl    where people open the web app: mails' links start with it ({@code CONCIERGE_PUBLIC_URL})
 * @param mailFrom     the sender of every mail ({@code MAIL_FROM})
 * @param summaryCron  when the coordinators' summary is sent, Europe/Paris ({@code CONCIERGE_NOTIFICATION_SUMMARY_CRON})
 * @param summaryEnabled whether this instance sends it (several may: the summary's id is the day's)
 */
@ConfigurationProperties("concierge.notification")
record NotificationProperties(
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("Conciergerie Centre Isère <no-reply@concierge.centre-isere.fr>") String mailFrom,
        @DefaultValue("0 0 7 * * *") String summaryCron,
        @DefaultValue("true") boolean summaryEnabled) {
}
