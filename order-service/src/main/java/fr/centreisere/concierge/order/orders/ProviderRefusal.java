package fr.centreisere.concierge.order.orders;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * provider-service's refusal of a message as the outbox keeps it (the message's {@code lastError}):
 * {@code refused <code>} then its arguments, each after {@code " | "}, e.g.
 * {@code refused job.cannot.reassign | job-ord-1 | DONE}. It stays readable for an operator, and the
 * order's history says it in its reader's language. A {@code lastError} written before the codes (free
 * text) reads as nothing: it is shown as it is.
 */
public final class ProviderRefusal {

    private static final String PREFIX = "refused ";
    private static final String SEPARATOR = " | ";
    private static final Pattern WRITTEN = Pattern.compile("refused ([a-zA-Z][a-zA-Z0-9_-]*(?:\\.[a-zA-Z0-9_-]+)*)(?: \\| (.*))?",
            Pattern.DOTALL);

    private ProviderRefusal() {
    }

    /** The refusal as {@code lastError}; an argument never holds the separator (it would split). */
    public static String write(Message refusal) {
        StringBuilder text = new StringBuilder(PREFIX).append(refusal.code());
        for (String arg : refusal.args()) {
            text.append(SEPARATOR).append(arg.replace(SEPARATOR, " - ").strip());
        }
        return text.toString();
    }

    /** The refusal that {@link #write} wrote; nothing for any other text (stored before the codes). */
    public static Optional<Message> read(@Nullable String lastError) {
        if (lastError == null) {
            return Optional.empty();
        }
        Matcher written = WRITTEN.matcher(lastError);
        if (!written.matches()) {
            return Optional.empty();
        }
        List<String> args = written.group(2) == null ? List.of()
                : Arrays.stream(written.group(2).split(Pattern.quote(SEPARATOR), -1)).toList();
        return Optional.of(new Message(written.group(1), args));
    }
}
