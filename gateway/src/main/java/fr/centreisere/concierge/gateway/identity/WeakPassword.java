package fr.centreisere.concierge.gateway.identity;

import java.util.List;

/** The password does not meet the {@link PasswordPolicy}. */
public class WeakPassword extends RuntimeException {

    private final List<String> problems;

    public WeakPassword(List<String> problems) {
        super("weak password");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
