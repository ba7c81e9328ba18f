package fr.centreisere.concierge.platform.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment variables renamed by the one naming scheme (docs/CONFIGURATION.md, « Renamed »), still
 * read for one version: an old name that is set, while its new name is not, is read as the new one, with
 * one warning at start. Milliseconds given to an old {@code *_MS} name become a duration ({@code 1000} →
 * {@code 1000ms}). The fallback has the lowest precedence, so the new name always wins.
 */
public class RenamedVariables implements EnvironmentPostProcessor, Ordered {

    /** Old name → new name; the one list of every rename (docs/CONFIGURATION.md shows the same). */
    static final Map<String, String> RENAMED = renamed();

    private final Log log;

    public RenamedVariables(DeferredLogFactory logs) {
        this.log = logs.getLog(RenamedVariables.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 30;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> fallback = new LinkedHashMap<>();
        RENAMED.forEach((old, renamed) -> {
            String value = environment.getProperty(old);
            if (value == null || environment.containsProperty(renamed)) return;
            fallback.putIfAbsent(renamed, old.endsWith("_MS") && value.strip().matches("\\d+") ? value.strip() + "ms" : value);
            log.warn("The environment variable " + old + " is deprecated and will be ignored by the next version: set "
                    + renamed + " instead (docs/CONFIGURATION.md)");
        });
        if (!fallback.isEmpty()) {
            environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("conciergeRenamedVariables", fallback));
        }
    }

    private static Map<String, String> renamed() {
        Map<String, String> names = new LinkedHashMap<>();
        // shared: the services' calls to each other
        names.put("CONCIERGE_CLIENT_CONNECT_TIMEOUT_MS", "CONCIERGE_CLIENT_CONNECT_TIMEOUT");
        names.put("CONCIERGE_CLIENT_READ_TIMEOUT_MS", "CONCIERGE_CLIENT_READ_TIMEOUT");
        // catalog-service
        names.put("CATALOG_SEED_ENABLED", "CONCIERGE_CATALOG_SEED_ENABLED");
        names.put("CATALOG_READ_MODEL_CHECK_INTERVAL", "CONCIERGE_CATALOG_READ_MODEL_CHECK_INTERVAL");
        names.put("CATALOG_READ_MODEL_MAX_AGE", "CONCIERGE_CATALOG_READ_MODEL_MAX_AGE");
        names.put("CATALOG_COMMISSION_DEFAULT_PERCENT", "CONCIERGE_CATALOG_COMMISSION_DEFAULT_PERCENT");
        names.put("COVERAGE_REFRESH_ENABLED", "CONCIERGE_CATALOG_COVERAGE_REFRESH_ENABLED");
        names.put("COVERAGE_INITIAL_DELAY", "CONCIERGE_CATALOG_COVERAGE_INITIAL_DELAY");
        names.put("COVERAGE_REFRESH_INTERVAL", "CONCIERGE_CATALOG_COVERAGE_REFRESH_INTERVAL");
        names.put("COVERAGE_RETRY_ATTEMPTS", "CONCIERGE_CATALOG_COVERAGE_RETRY_ATTEMPTS");
        names.put("COVERAGE_RETRY_FIRST_WAIT", "CONCIERGE_CATALOG_COVERAGE_RETRY_FIRST_WAIT");
        names.put("COVERAGE_CALL_TIMEOUT", "CONCIERGE_CATALOG_COVERAGE_CALL_TIMEOUT");
        names.put("COVERAGE_CONNECT_TIMEOUT_MS", "CONCIERGE_CATALOG_COVERAGE_CONNECT_TIMEOUT");
        names.put("COVERAGE_READ_TIMEOUT_MS", "CONCIERGE_CATALOG_COVERAGE_READ_TIMEOUT");
        // order-service
        names.put("CONCIERGE_AVAILABILITY_CONNECT_TIMEOUT_MS", "CONCIERGE_ORDER_AVAILABILITY_CONNECT_TIMEOUT");
        names.put("CONCIERGE_AVAILABILITY_READ_TIMEOUT_MS", "CONCIERGE_ORDER_AVAILABILITY_READ_TIMEOUT");
        names.put("CONCIERGE_CATALOG_RETRY_ATTEMPTS", "CONCIERGE_ORDER_CATALOG_RETRY_ATTEMPTS");
        for (String setting : new String[] {"ENABLED", "INTERVAL", "FIRST_RETRY", "MAX_RETRY", "JITTER", "LEASE",
                "BATCH_SIZE", "ATTENTION_AFTER"}) {
            names.put("CONCIERGE_ORDERS_OUTBOX_" + setting, "CONCIERGE_ORDER_OUTBOX_" + setting);
        }
        // provider-service
        names.put("ORDER_SERVICE_CONNECT_TIMEOUT_MS", "CONCIERGE_CLIENT_CONNECT_TIMEOUT");
        names.put("ORDER_SERVICE_READ_TIMEOUT_MS", "CONCIERGE_CLIENT_READ_TIMEOUT");
        names.put("NOTIFICATION_SERVICE_CONNECT_TIMEOUT_MS", "CONCIERGE_CLIENT_CONNECT_TIMEOUT");
        names.put("NOTIFICATION_SERVICE_READ_TIMEOUT_MS", "CONCIERGE_CLIENT_READ_TIMEOUT");
        names.put("CATALOG_SERVICE_CONNECT_TIMEOUT_MS", "CONCIERGE_CLIENT_CONNECT_TIMEOUT");
        names.put("CATALOG_SERVICE_READ_TIMEOUT_MS", "CONCIERGE_PROVIDER_CATALOG_READ_TIMEOUT");
        names.put("ORDER_VISIT_READ_TIMEOUT_MS", "CONCIERGE_PROVIDER_VISIT_READ_TIMEOUT");
        names.put("OFFER_TIMEOUT", "CONCIERGE_PROVIDER_OFFER_TIMEOUT");
        names.put("OFFER_TIMEOUT_NEAR_SLOT", "CONCIERGE_PROVIDER_NEAR_SLOT_OFFER_TIMEOUT");
        names.put("OFFER_NEAR_SLOT_WITHIN", "CONCIERGE_PROVIDER_NEAR_SLOT_WITHIN");
        names.put("OFFER_EXPIRY_CHECK_INTERVAL", "CONCIERGE_PROVIDER_OFFER_EXPIRY_CHECK_INTERVAL");
        names.put("OFFER_REMINDER_CHECK_INTERVAL", "CONCIERGE_PROVIDER_OFFER_REMINDER_CHECK_INTERVAL");
        names.put("PLACE_REPAIR_INTERVAL", "CONCIERGE_PROVIDER_PLACE_REPAIR_INTERVAL");
        names.put("OUTBOX_RELAY_INTERVAL", "CONCIERGE_PROVIDER_OUTBOX_INTERVAL");
        names.put("OUTBOX_FIRST_RETRY", "CONCIERGE_PROVIDER_OUTBOX_FIRST_RETRY");
        names.put("OUTBOX_MAX_RETRY", "CONCIERGE_PROVIDER_OUTBOX_MAX_RETRY");
        names.put("OUTBOX_JITTER", "CONCIERGE_PROVIDER_OUTBOX_JITTER");
        names.put("OUTBOX_LEASE", "CONCIERGE_PROVIDER_OUTBOX_LEASE");
        names.put("NOTIFICATION_RELAY_INTERVAL", "CONCIERGE_PROVIDER_NOTICES_OUTBOX_INTERVAL");
        names.put("PROVIDER_SEED_ENABLED", "CONCIERGE_PROVIDER_SEED_ENABLED");
        // notification-service
        names.put("NOTIFICATION_SUMMARY_CRON", "CONCIERGE_NOTIFICATION_SUMMARY_CRON");
        names.put("NOTIFICATION_SUMMARY_ENABLED", "CONCIERGE_NOTIFICATION_SUMMARY_ENABLED");
        for (String setting : new String[] {"ENABLED", "INTERVAL", "LEASE", "BATCH_SIZE", "FIRST_RETRY", "MAX_RETRY",
                "JITTER"}) {
            names.put("NOTIFICATION_OUTBOX_" + setting, "CONCIERGE_NOTIFICATION_OUTBOX_" + setting);
        }
        names.put("SMTP_CONNECT_TIMEOUT_MS", "SMTP_CONNECT_TIMEOUT");
        names.put("SMTP_READ_TIMEOUT_MS", "SMTP_READ_TIMEOUT");
        names.put("SMTP_WRITE_TIMEOUT_MS", "SMTP_WRITE_TIMEOUT");
        // gateway: its settings under its own name, apart from notification-service's CONCIERGE_NOTIFICATION_*
        names.put("CONCIERGE_BINDINGS_TIMEOUT", "CONCIERGE_GATEWAY_BINDINGS_TIMEOUT");
        names.put("CONCIERGE_NOTIFICATION_TIMEOUT", "CONCIERGE_GATEWAY_NOTIFICATION_TIMEOUT");
        names.put("CONCIERGE_NOTIFICATION_SWEEP_INTERVAL", "CONCIERGE_GATEWAY_NOTIFICATION_SWEEP_INTERVAL");
        names.put("CONCIERGE_NOTIFICATION_RETRY_BASE", "CONCIERGE_GATEWAY_NOTIFICATION_RETRY_BASE");
        names.put("CONCIERGE_NOTIFICATION_RETRY_MAX", "CONCIERGE_GATEWAY_NOTIFICATION_RETRY_MAX");
        names.put("CONCIERGE_TOKEN_LIFETIME", "CONCIERGE_GATEWAY_TOKEN_LIFETIME");
        names.put("CONCIERGE_TRUSTED_PROXIES", "CONCIERGE_GATEWAY_TRUSTED_PROXIES");
        names.put("CONCIERGE_ACCOUNTS_REVOCATION_REFRESH", "CONCIERGE_GATEWAY_ACCOUNTS_REVOCATION_REFRESH");
        for (String limit : new String[] {"LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS", "LOGIN_FAILURES_PER_ACCOUNT",
                "LOGIN_FAILURES_PER_ADDRESS", "LOGIN_FAILURE_WINDOW", "RATE_LIMIT_BURST", "RATE_LIMIT_PER_SECOND",
                "MAX_REQUEST_BODY", "BCRYPT_STRENGTH", "LOGIN_SLOWDOWN_AFTER", "LOGIN_SLOWDOWN_STEP", "LOGIN_SLOWDOWN_MAX",
                "MAIL_REQUESTS_PER_EMAIL", "MAIL_REQUESTS_PER_ADDRESS", "MAIL_REQUEST_WINDOW"}) {
            names.put("CONCIERGE_" + limit, "CONCIERGE_GATEWAY_" + limit);
        }
        return Collections.unmodifiableMap(names);
    }
}
