package fr.centreisere.concierge.notification.event;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import fr.centreisere.concierge.notification.message.InvalidMessage;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened that people must hear of, as a producer reports it (docs/INTERNAL-API.md):
 * its id (the same on every retry), its kind, who it is for, the screen of the web app it is about
 * and the data its messages need.
 */
public record NotificationEvent(String eventId, MessageKind kind, Instant occurredAt, Addressees to,
        @Nullable String link, MessageData data) {

    /** A path of the web app, never another site: {@code /#/commandes/ord-…}. */
    private static final Pattern APP_LINK = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?#\\[\\]]{0,499}");

    public NotificationEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (to.namesNobody()) {
            throw new InvalidMessage("to", "event.to.empty");
        }
        if (link != null && !APP_LINK.matcher(link).matches()) {
            throw new InvalidMessage("link", "event.link.invalid");
        }
        data.requireFor(kind);
        if (kind.isAccountMessage() && data.get("language").isPresent()
                && Language.ofCode(data.text("language").orElse("")).isEmpty()) {
            throw new InvalidMessage("data.language", "validation.language");
        }
    }

    /** The language an account message is written in (the gateway knows it); French by default. */
    public Language accountMessageLanguage() {
        return data.text("language").flatMap(Language::ofCode).orElse(Language.FR);
    }
}
