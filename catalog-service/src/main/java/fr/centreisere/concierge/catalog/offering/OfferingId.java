package fr.centreisere.concierge.catalog.offering;

import java.util.Objects;

/** The stable id of a service of the catalog, {@code svc-<slug at creation>}; other services refer to it. */
public record OfferingId(String value) {

    private static final String PREFIX = "svc-";

    public OfferingId {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || !Slug.isWellFormed(value.substring(PREFIX.length()))) {
            throw new IllegalArgumentException("not a service id: " + value);
        }
    }

    public static OfferingId forSlug(String slug) {
        return new OfferingId(PREFIX + slug);
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.startsWith(PREFIX) && Slug.isWellFormed(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
