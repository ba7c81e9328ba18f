package fr.centreisere.concierge.platform.problem;

import java.net.URI;

/**
 * Stable {@code type} URIs of our problem documents. Clients may switch on them, so a type never
 * changes meaning once published; add new ones instead.
 */
public final class ProblemType {

    private static final String BASE = "https://concierge.centre-isere.fr/problems/";

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI URI_TOO_LONG = of("uri-too-long");
    public static final URI HEADERS_TOO_LARGE = of("headers-too-large");
    public static final URI CONFLICT = of("conflict");
    public static final URI BUSINESS_RULE = of("business-rule");
    public static final URI DEPENDENCY_UNAVAILABLE = of("dependency-unavailable");
    public static final URI INTERNAL = of("internal-error");

    private ProblemType() {
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
