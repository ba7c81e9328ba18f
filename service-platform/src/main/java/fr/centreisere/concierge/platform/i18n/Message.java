package fr.centreisere.concierge.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A user-facing text as data: a bundle key and its arguments, strings so that it can be stored (in a history)
 * or sent to another service, and rendered later in the reader's language ({@link Texts}).
 */
public record Message(String code, List<String> args) {

    public Message {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** Arguments turned to strings ({@link String#valueOf(Object)}); {@code null} becomes {@code ""}. */
    public static Message of(String code, @Nullable Object... args) {
        if (args == null) {
            return new Message(code, List.of());
        }
        return new Message(code, Arrays.stream(args).map(arg -> arg == null ? "" : String.valueOf(arg)).toList());
    }

    /** The code and its arguments, for a log line (never for a person). */
    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
