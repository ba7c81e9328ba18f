package fr.centreisere.concierge.platform.problem;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a validation problem's {@code errors} list: which field, what is wrong with it (in the reader's
 * language) and the stable code of what is wrong ({@code validation.not-blank}, {@code id.member}). Made from a
 * {@link Message} ({@link #of}), its message is rendered when the problem is written.
 */
@JsonPropertyOrder({ "field", "message", "code" })
public record FieldError(String field, @Nullable String message, String code, @JsonIgnore List<String> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    /** A field error whose message is rendered in the reader's language when the problem is written. */
    public static FieldError of(String field, Message text) {
        return new FieldError(field, null, text.code(), text.args());
    }

    public static FieldError of(String field, String code, @Nullable Object... args) {
        return of(field, Message.of(code, args));
    }

    /** A field error whose message is already in the reader's language (Bean Validation's, interpolated). */
    public static FieldError rendered(String field, String message, String code) {
        return new FieldError(field, message, code, List.of());
    }

    /**
     * A field error with a sentence written in code.
     *
     * @deprecated a sentence in code: give a {@link Message} ({@link #of(String, Message)}).
     */
    @Deprecated
    public FieldError(String field, String message) {
        this(field, message, "request.invalid", List.of());
    }

    FieldError renderedIn(Texts texts, @Nullable Locale locale) {
        return message != null ? this : rendered(field, texts.text(new Message(code, args), locale), code);
    }
}
