package fr.centreisere.concierge.platform.fill;

import java.util.Map;

/** What every one-shot fill JVM changes of its service: no web server, no registry, no banner nor chatter; patient writes. */
public final class FillJvm {

    /** The profile of a fill JVM: its beans exist there only (the service's own application scans them too). */
    public static final String PROFILE = "fill";

    public static final Map<String, Object> PROPERTIES = Map.of(
            "spring.main.web-application-type", "none",
            "eureka.client.enabled", "false",
            "spring.cloud.discovery.enabled", "false",
            "spring.main.banner-mode", "off",
            // a one-shot JVM uses a few of its service's beans: only those are made
            "spring.main.lazy-initialization", "true",
            "logging.level.root", "WARN",
            "logging.level.fr.centreisere.concierge", "INFO",
            // a bulk write of a thousand documents takes the embedded store longer than a request's 3 s
            "concierge.mongodb.socket-timeout", "120s",
            "concierge.mongodb.server-selection-timeout", "30s");

    private FillJvm() {
    }
}
