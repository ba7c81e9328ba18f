package fr.centreisere.concierge.gateway.identity;

import java.util.List;

import fr.centreisere.concierge.platform.i18n.Message;

/** The password does not meet the {@link PasswordPolicy}. */
public class WeakPassword extends RuntimeException {

    private final List<Message> problems;
    private final String field;

    public WeakPassword(List<Message> problems) {
        this(problems, "password");
    }

    /** On a field other than {@code password} (the new one when changing it). */
    public WeakPassword(List<Message> problems, String field) {
        super("weak password");
        this.problems = List.copyOf(problems);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public List<Message> problems() {
        return problems;
    }
}
