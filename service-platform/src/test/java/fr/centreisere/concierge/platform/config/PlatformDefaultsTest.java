package fr.centreisere.concierge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    @Test
    void everyServiceGetsTheSharedDefaults() {
        StandardEnvironment environment = withDefaults(WebApplicationType.SERVLET, Map.of());
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).isEqualTo("readinessState,mongo");
        assertThat(environment.getProperty("eureka.instance.lease-expiration-duration-in-seconds")).isEqualTo("45");
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.read-timeout")).isEqualTo("3s");
        assertThat(environment.getProperty("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state"))
                .isEqualTo("10s");
    }

    @Test
    void theDefaultsReadTheEnvironmentsNames() {
        StandardEnvironment environment = withDefaults(WebApplicationType.SERVLET, Map.of(
                "EUREKA_HOST", "registry", "DISCOVERY_PORT", "18761", "EUREKA_PASSWORD", "secret",
                "MONGODB_URI", "mongodb://store:27017", "CONCIERGE_CLIENT_READ_TIMEOUT", "7s"));
        assertThat(environment.getProperty("eureka.client.service-url.defaultZone"))
                .isEqualTo("http://concierge:secret@registry:18761/eureka/");
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://store:27017");
        assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.read-timeout")).isEqualTo("7s");
    }

    @Test
    void aServicesOwnValueOverridesTheDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("applicationConfig: [classpath:/application.yml]",
                Map.of("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", "30s",
                        "management.endpoints.web.exposure.include", "health")));
        new PlatformDefaults().postProcessEnvironment(environment, application(WebApplicationType.SERVLET));
        assertThat(environment.getProperty("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state"))
                .isEqualTo("30s");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        // what the service does not set still comes from the defaults
        assertThat(environment.getProperty("resilience4j.circuitbreaker.configs.default.sliding-window-size")).isEqualTo("10");
    }

    @Test
    void theReactiveGatewayGetsOnlyWhatEveryPartShares() {
        StandardEnvironment environment = withDefaults(WebApplicationType.REACTIVE, Map.of());
        assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("eureka.client.registry-fetch-interval-seconds")).isEqualTo("15");
        assertThat(environment.containsProperty("spring.threads.virtual.enabled")).isFalse();
        assertThat(environment.containsProperty("springdoc.swagger-ui.enabled")).isFalse();
        assertThat(environment.containsProperty("server.max-http-request-header-size")).isFalse();
    }

    @Test
    void aPartThatIsNoServiceSaysSo() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("concierge.platform.service-defaults", "false")));
        new PlatformDefaults().postProcessEnvironment(environment, application(WebApplicationType.NONE));
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.containsProperty("spring.data.mongodb.auto-index-creation")).isFalse();
    }

    private static StandardEnvironment withDefaults(WebApplicationType type, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new PlatformDefaults().postProcessEnvironment(environment, application(type));
        return environment;
    }

    private static SpringApplication application(WebApplicationType type) {
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(type);
        return application;
    }
}
