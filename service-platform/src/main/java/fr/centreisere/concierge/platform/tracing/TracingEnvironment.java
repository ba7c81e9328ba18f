package fr.centreisere.concierge.platform.tracing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The tracing and logging defaults of every part (the services and the gateway), of the lowest precedence
 * so that a part's settings or the environment override them:
 *
 * <ul>
 * <li>W3C propagation only ({@code traceparent}, {@code tracestate});
 * <li>the Zipkin exporter off unless {@code MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT} names a collector
 * (one variable turns it on; {@code MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED} still wins);
 * <li>each log line's correlation: {@code [traceId-spanId-requestId]}, blank but of the same width when
 * there is no trace;
 * <li>{@code CONCIERGE_LOG_FORMAT}: {@code text} (default) or {@code json} (Elastic Common Schema, one JSON
 * object a line on the console; also {@code ecs}, {@code logstash}, {@code gelf}), Boot's
 * {@code logging.structured.format.console}.
 * </ul>
 */
public class TracingEnvironment implements EnvironmentPostProcessor {

    static final String ZIPKIN_ENDPOINT = "management.tracing.export.zipkin.endpoint";
    static final String ZIPKIN_ENABLED = "management.tracing.export.zipkin.enabled";
    static final String UNUSED_ENDPOINT = "http://localhost:9411/api/v2/spans";
    static final String LOG_FORMAT = "CONCIERGE_LOG_FORMAT";
    static final String STRUCTURED_CONSOLE = "logging.structured.format.console";
    static final String CORRELATION = "%correlationId{traceId(32),spanId(16)," + RequestIds.MDC_KEY + "(0)}";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.tracing.propagation.type", "w3c");
        String endpoint = environment.getProperty(ZIPKIN_ENDPOINT);
        defaults.put(ZIPKIN_ENABLED, StringUtils.hasText(endpoint));
        if (endpoint != null && !StringUtils.hasText(endpoint)) {
            // set but empty (docker-compose passes the variable through even when unset): no collector, and
            // Boot's sender still gets a well-formed address it never uses
            environment.getPropertySources().addFirst(new MapPropertySource("conciergePlatformNoZipkinEndpoint",
                    Map.of(ZIPKIN_ENDPOINT, UNUSED_ENDPOINT)));
        }
        defaults.put("logging.pattern.correlation", CORRELATION);
        String format = structuredFormat(environment.getProperty(LOG_FORMAT));
        if (format != null) {
            defaults.put(STRUCTURED_CONSOLE, format);
        }
        environment.getPropertySources().addLast(new MapPropertySource("conciergePlatformTracingDefaults", defaults));
    }

    /** Boot's structured format for {@code CONCIERGE_LOG_FORMAT}, nothing for plain text. */
    static @Nullable String structuredFormat(@Nullable String setting) {
        if (!StringUtils.hasText(setting)) {
            return null;
        }
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> null;
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            case "gelf" -> "gelf";
            default -> throw new IllegalStateException(LOG_FORMAT + " must be text, json, ecs, logstash or gelf, not "
                    + setting);
        };
    }
}
