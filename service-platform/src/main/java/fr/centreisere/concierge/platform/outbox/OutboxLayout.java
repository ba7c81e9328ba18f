package fr.centreisere.concierge.platform.outbox;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where one kind of owner keeps its outbox: the collection, and either the field path of an embedded
 * array of messages ({@link #embedded}) or, for a document that is one message, the path of that
 * message ({@link #single}; {@code ""} for the document itself, whose {@code _id} is then the
 * message's id). {@code versionField}, when the owner's own writes are conditional on a version: every
 * write of the relay that matters to the owner (claim, settle) increments it, so that an owner's write
 * from a read before it fails and is redone instead of undoing it. {@code defaultDestination}: for
 * messages stored without one (written before the platform outbox).
 */
public record OutboxLayout(String collection, Shape shape, String path, @Nullable String versionField,
        String defaultDestination) {

    public enum Shape { EMBEDDED_ARRAY, SINGLE_MESSAGE }

    public OutboxLayout {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(defaultDestination, "defaultDestination");
        if (shape == Shape.EMBEDDED_ARRAY && path.isBlank()) {
            throw new IllegalArgumentException("an embedded outbox needs the path of its array");
        }
    }

    /** Messages in the array at {@code arrayPath} of each owner document. */
    public static OutboxLayout embedded(String collection, String arrayPath) {
        return new OutboxLayout(collection, Shape.EMBEDDED_ARRAY, arrayPath, null, "");
    }

    /** Each document of the collection is one message, at {@code path} ({@code ""}: the document itself). */
    public static OutboxLayout single(String collection, String path) {
        return new OutboxLayout(collection, Shape.SINGLE_MESSAGE, path, null, "");
    }

    public OutboxLayout versioned(String field) {
        return new OutboxLayout(collection, shape, path, field, defaultDestination);
    }

    public OutboxLayout withDefaultDestination(String destination) {
        return new OutboxLayout(collection, shape, path, versionField, destination);
    }

    /** The name of this outbox's due set ({@code due_<collection>_<path>}): the owners with a message pending. */
    public String dueSetName() {
        return path.isEmpty() ? collection : collection + "_" + path.replace('.', '_');
    }

    /** The field of the single message, or of an array element, with its prefix. */
    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
