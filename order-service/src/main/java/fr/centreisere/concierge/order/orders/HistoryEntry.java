package fr.centreisere.concierge.order.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * One change of an order's state: to what, when, by whom and why. The why is kept as data, said in the
 * reader's language when read: {@code why} is order-service's reason (a code of the bundles and its
 * arguments), {@code cause} what provider-service answered when it refused a message (its code, said
 * from the bundle both services share), {@code words} a person's own words (a cancellation's reason, a
 * coordinator's override) or a reason stored before the codes: shown as they are, never translated.
 */
public record HistoryEntry(OrderState state, Instant at, @Nullable String by, @Nullable Message why,
        @Nullable Message cause, @Nullable String words) {

    /** An entry whose reason is a person's words, or a text stored before the codes (or none). */
    public HistoryEntry(OrderState state, Instant at, @Nullable String by, @Nullable String words) {
        this(state, at, by, null, null, words);
    }

    /** An entry whose reason is order-service's own. */
    public HistoryEntry(OrderState state, Instant at, @Nullable String by, Message why) {
        this(state, at, by, why, null, null);
    }

    /**
     * The reason as a reader reads it: order-service's, then provider-service's, said by {@code say} (in the
     * reader's language), then the words as they are; null when there is none.
     */
    public @Nullable String reason(Function<Message, String> say) {
        List<String> parts = new ArrayList<>();
        if (why != null) {
            parts.add(say.apply(why));
        }
        if (cause != null) {
            parts.add(say.apply(cause));
        }
        if (words != null && !words.isBlank()) {
            parts.add(words);
        }
        return parts.isEmpty() ? null : String.join(" : ", parts);
    }

    /** The code that says why, for clients that switch on it: order-service's, else provider-service's. */
    public @Nullable String reasonCode() {
        return why != null ? why.code() : cause != null ? cause.code() : null;
    }
}
