package fr.centreisere.concierge.platform.ids;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The shapes of our ids, one per kind, for {@code @Pattern} at the edge of every service: a value
 * that goes into another service's URL ({@code /internal/services/{serviceId}/offer}) is checked
 * here first, so {@code ..}, a NUL, CRLF or {@code %s%n} is a 400 naming the field, never a request
 * somewhere else. An id is its prefix and a slug: lower-case letters and digits in groups joined by
 * single hyphens ({@code svc-reparation-velo}, {@code ord-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed}).
 */
public final class IdPatterns {

    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

    public static final String SERVICE = "svc-" + SLUG;
    public static final String MEMBER = "mbr-" + SLUG;
    public static final String ORDER = "ord-" + SLUG;
    public static final String COMPANY = "cmp-" + SLUG;
    public static final String USER = "usr-" + SLUG;
    public static final String JOB = "job-" + SLUG;
    /** A commune's INSEE code: five characters, digits but for Corsica's 2A and 2B. */
    public static final String INSEE = "\\d[0-9AB]\\d{3}";

    // Bean Validation messages: keys of the platform's bundle (i18n/platform), rendered in the request's language
    public static final String SERVICE_MESSAGE = "{id.service}";
    public static final String MEMBER_MESSAGE = "{id.member}";
    public static final String ORDER_MESSAGE = "{id.order}";
    public static final String COMPANY_MESSAGE = "{id.company}";
    public static final String USER_MESSAGE = "{id.user}";
    public static final String INSEE_MESSAGE = "{id.insee}";

    private static final Pattern SAFE_PATH_SEGMENT = Pattern.compile("[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*");

    private IdPatterns() {
    }

    public static boolean matches(String pattern, @Nullable String value) {
        return value != null && value.length() <= 100 && Pattern.matches(pattern, value);
    }

    /**
     * Whether a value may be put as one segment of another service's URL as it is: letters, digits,
     * single hyphens or underscores inside, at most 100 characters. The last wall behind the
     * edge's {@code @Pattern}s, for the Feign adapters.
     */
    public static boolean isSafePathSegment(@Nullable String value) {
        return value != null && value.length() <= 100 && SAFE_PATH_SEGMENT.matcher(value).matches();
    }
}
