package fr.centreisere.concierge.catalog.offering;

import java.util.regex.Pattern;

/** The readable, unique, URL-safe name of a service: lower-case letters and digits joined by single hyphens. */
public final class Slug {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && SHAPE.matcher(slug).matches();
    }
}
