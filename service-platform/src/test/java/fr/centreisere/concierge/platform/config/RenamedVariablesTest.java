package fr.centreisere.concierge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.impl.NoOpLog;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RenamedVariablesTest {

    private final List<String> warnings = new ArrayList<>();

    @Test
    void anOldNameIsStillReadAsItsNewOneWithAWarning() {
        StandardEnvironment environment = environment(Map.of("OUTBOX_FIRST_RETRY", "PT7S"));
        assertThat(environment.getProperty("CONCIERGE_PROVIDER_OUTBOX_FIRST_RETRY")).isEqualTo("PT7S");
        assertThat(environment.resolvePlaceholders("${CONCIERGE_PROVIDER_OUTBOX_FIRST_RETRY:5s}")).isEqualTo("PT7S");
        assertThat(warnings).singleElement().asString()
                .contains("OUTBOX_FIRST_RETRY").contains("CONCIERGE_PROVIDER_OUTBOX_FIRST_RETRY");
    }

    @Test
    void theNewNameWins() {
        StandardEnvironment environment = environment(Map.of("CONCIERGE_ORDERS_OUTBOX_LEASE", "10s",
                "CONCIERGE_ORDER_OUTBOX_LEASE", "20s"));
        assertThat(environment.getProperty("CONCIERGE_ORDER_OUTBOX_LEASE")).isEqualTo("20s");
    }

    @Test
    void oldMillisecondsBecomeADuration() {
        StandardEnvironment environment = environment(Map.of("ORDER_VISIT_READ_TIMEOUT_MS", "2500"));
        assertThat(environment.getProperty("CONCIERGE_PROVIDER_VISIT_READ_TIMEOUT")).isEqualTo("2500ms");
    }

    @Test
    void nothingIsAddedWhenNoOldNameIsSet() {
        StandardEnvironment environment = environment(Map.of("CONCIERGE_ORDER_OUTBOX_LEASE", "20s"));
        assertThat(environment.getPropertySources().contains("conciergeRenamedVariables")).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void everyNewNameFollowsTheScheme() {
        assertThat(RenamedVariables.RENAMED.values()).allMatch(name -> name.startsWith("CONCIERGE_") || name.startsWith("SMTP_"))
                .noneMatch(name -> name.endsWith("_MS"));
    }

    private StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new RenamedVariables(log -> recording()).postProcessEnvironment(environment, null);
        return environment;
    }

    private Log recording() {
        return new NoOpLog() {
            @Override
            public void warn(Object message) {
                warnings.add(String.valueOf(message));
            }
        };
    }
}
