package fr.centreisere.concierge.discovery;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests that arrived on the registry's management port ({@code management.server.port}): only what
 * it exposes there (health, info, prometheus) answers on it, on the loopback address with the launcher and
 * inside the compose network with docker-compose, so Prometheus scrapes it without the registry's
 * credentials. The port is the one the management server took ({@code local.management.port}), read once
 * known; nothing matches before, nor when the actuator shares the registry's port. (The services have the
 * same rule in service-platform, which the registry does not use.)
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
            port = NONE;
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
