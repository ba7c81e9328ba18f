package fr.centreisere.concierge.notification.mail.metrics;

import java.util.Locale;

import fr.centreisere.concierge.notification.mail.Mail;
import fr.centreisere.concierge.notification.mail.MailMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The mails' business meter (docs/OPERATIONS.md): {@value #MAILS_SENT}, every attempt to hand a mail to the
 * mail server, by {@code outcome} ({@code sent}, {@code failed}: tried again later, {@code refused}: given
 * up) and {@code kind} (what the mail says: {@code ORDER_ACCEPTED}, {@code PASSWORD_RESET}...).
 */
public final class MicrometerMailMeters implements MailMeters {

    public static final String MAILS_SENT = "concierge.mails.sent";

    private final MeterRegistry registry;

    public MicrometerMailMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attempted(Mail mail, Outcome outcome) {
        Counter.builder(MAILS_SENT).description("Attempts to hand a mail to the mail server, by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .tag("kind", mail.kind().name())
                .register(registry).increment();
    }
}
