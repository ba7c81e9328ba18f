package fr.centreisere.concierge.platform.i18n;

import org.jspecify.annotations.Nullable;

/**
 * Base of the exceptions whose message a person reads (domain errors, refusals): they carry a code and its
 * arguments, which the web layer renders in the reader's language. {@link #getMessage()} is the code and its
 * arguments, for the logs.
 */
public abstract class LocalizedException extends RuntimeException {

    private final Message text;

    protected LocalizedException(String code, @Nullable Object... args) {
        this(Message.of(code, args));
    }

    protected LocalizedException(Message message) {
        super(message.toString());
        this.text = message;
    }

    protected LocalizedException(Message message, @Nullable Throwable cause) {
        super(message.toString(), cause);
        this.text = message;
    }

    /** What a person reads, as a code and arguments. */
    public Message text() {
        return text;
    }
}
