package fr.centreisere.concierge.gateway.identity;

import java.util.Objects;

/** An adaptive hash of a password. It is never shown: not in answers, not in logs. */
public final class PasswordHash {

    private final String value;

    private PasswordHash(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static PasswordHash of(String value) {
        return new PasswordHash(value);
    }

    /** For the stores and the hasher only. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash hash && hash.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
