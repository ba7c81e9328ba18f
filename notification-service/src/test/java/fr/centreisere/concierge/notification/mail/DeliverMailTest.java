package fr.centreisere.concierge.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.MessageKind;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.platform.outbox.SendResult;
import org.junit.jupiter.api.Test;

/** What the outbox relay is told of each attempt: delivered, to try again, or given up. */
class DeliverMailTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final MailId ID = MailId.of("ord-1:n:1", "Camille@Example.test");

    final Map<MailId, Mail> stored = new HashMap<>();
    final List<Mail> sent = new ArrayList<>();

    final Mails mails = new Mails() {
        public boolean exists(MailId id) {
            return stored.containsKey(id);
        }

        public void add(Mail mail) {
            stored.putIfAbsent(mail.id(), mail);
        }

        public Optional<Mail> unsent(MailId id) {
            return Optional.ofNullable(stored.get(id));
        }

        public void forgetContent(MailId id) {
            stored.remove(id);
        }
    };

    OutboxMessage message() {
        mails.add(new Mail(ID, "ord-1:n:1", MessageKind.ORDER_ACCEPTED,
                MailAddress.ofAccount("camille@example.test", "Camille", Language.FR), new ComposedMail("s", "<p>h</p>", "t"), NOW));
        return OutboxMessage.pending(ID.value(), DeliverMail.DESTINATION, "ORDER_ACCEPTED", Map.of(), NOW);
    }

    @Test
    void aMailTakenByTheServerIsDeliveredAndForgetsItsBodies() {
        OutboxMessage message = message();

        SendResult result = new DeliverMail(mails, sent::add).send(ID.value(), message);

        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        assertThat(sent).hasSize(1);
        assertThat(mails.unsent(ID)).isEmpty();
        assertThat(ID.value()).isEqualTo("ord-1:n:1|camille@example.test");
    }

    @Test
    void aMailAlreadySentIsNotSentAgain() {
        OutboxMessage message = message();
        DeliverMail deliver = new DeliverMail(mails, sent::add);
        deliver.send(ID.value(), message);

        assertThat(deliver.send(ID.value(), message)).isInstanceOf(SendResult.Delivered.class);
        assertThat(sent).hasSize(1);
    }

    @Test
    void aServerAwayIsAFailureToRetryAndARefusedAddressOneToGiveUp() {
        OutboxMessage message = message();

        SendResult away = new DeliverMail(mails, mail -> {
            throw new MailNotSent("connection refused", new RuntimeException());
        }).send(ID.value(), message);
        SendResult refused = new DeliverMail(mails, mail -> {
            throw new MailRefused("550 no such user", new RuntimeException());
        }).send(ID.value(), message);

        assertThat(away).isEqualTo(SendResult.failed(null, "connection refused"));
        assertThat(refused).isEqualTo(SendResult.failed(550, "550 no such user"));
        assertThat(mails.unsent(ID)).isPresent();
    }

    @Test
    void everyAttemptIsCountedWithItsOutcomeAndKind() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        MailMeters meters = new fr.centreisere.concierge.notification.mail.metrics.MicrometerMailMeters(registry);
        OutboxMessage message = message();

        new DeliverMail(mails, mail -> {
            throw new MailNotSent("connection refused", new RuntimeException());
        }, meters).send(ID.value(), message);
        new DeliverMail(mails, mail -> {
            throw new MailRefused("550 no such user", new RuntimeException());
        }, meters).send(ID.value(), message);
        new DeliverMail(mails, sent::add, meters).send(ID.value(), message);
        new DeliverMail(mails, sent::add, meters).send(ID.value(), message); // already sent: no attempt

        for (String outcome : List.of("failed", "refused", "sent")) {
            assertThat(registry.get("concierge.mails.sent").tag("outcome", outcome).tag("kind", "ORDER_ACCEPTED")
                    .counter().count()).as(outcome).isEqualTo(1);
        }
    }
}
