package fr.centreisere.concierge.notification.mail;

import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import org.jspecify.annotations.Nullable;

/** Writes a message as a mail for one address, in its language, from the kind's templates (port). */
public interface MailComposer {

    /**
     * @param link the screen of the web app the message is about ({@code /#/…}), made absolute in the mail
     */
    ComposedMail compose(MessageKind kind, MessageData data, @Nullable String link, MailAddress to);
}
