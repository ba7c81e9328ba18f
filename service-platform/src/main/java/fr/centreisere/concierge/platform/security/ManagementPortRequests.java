package fr.centreisere.concierge.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests that arrived on the service's management port ({@code management.server.port}, the one
 * the actuator has to itself): only what the service exposes there (health, info, prometheus) answers on
 * it, and it is never the API's port, which the gateway reaches. The port is the one the management server
 * really took ({@code local.management.port}: a random one in tests), read once it is known; before that,
 * or when the actuator shares the API's port, nothing matches and the API's rules apply. Every API request
 * passes here: after the first look it costs one comparison.
 */
final class ManagementPortRequests implements RequestMatcher {

    private static final int UNKNOWN = -1;
    private static final int NONE = 0;

    private final Environment environment;
    private volatile int port = UNKNOWN;

    ManagementPortRequests(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        int management = port;
        if (management == UNKNOWN) {
            management = lookUp();
        }
        return management != NONE && arrivedOn(request, management);
    }

    /** A request Spring Security makes up to evaluate a rule (springdoc asks which paths are public) has no port. */
    private static boolean arrivedOn(HttpServletRequest request, int management) {
        try {
            return request.getLocalPort() == management;
        } catch (UnsupportedOperationException notARealRequest) {
            return false;
        }
    }

    private int lookUp() {
        if (environment.getProperty("management.server.port") == null) {
            port = NONE; // the actuator shares the API's port: nothing here is the management port's
            return NONE;
        }
        Integer management = environment.getProperty("local.management.port", Integer.class);
        Integer api = environment.getProperty("local.server.port", Integer.class);
        if (management == null || api == null) {
            return NONE; // not started yet: looked up again next time
        }
        int found = management > 0 && !management.equals(api) ? management : NONE;
        port = found;
        return found;
    }
}
