package fr.centreisere.concierge.platform.openapi;

/**
 * Whether anyone may call an operation (no bearer token, no 401/403 in its description). Each service
 * answers from its real access rules ({@link ServletPublicOperations}); the gateway, which is reactive,
 * declares its own from the paths its security configuration opens.
 */
@FunctionalInterface
public interface PublicOperations {

    /** {@code GET}, {@code /api/catalog/services/{serviceId}}: path variables stand for any value. */
    boolean isPublic(String method, String pathTemplate);
}
