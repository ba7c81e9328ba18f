package fr.centreisere.concierge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MillisecondSettingsTest {

    @Test
    void aDurationIsHandedToFeignAndJavaMailInMilliseconds() {
        StandardEnvironment environment = environment(Map.of(
                "spring.cloud.openfeign.client.config.availabilityClient.connect-timeout", "${TIMEOUT:500ms}",
                "spring.cloud.openfeign.client.config.default.read-timeout", "3s",
                "spring.mail.properties.mail.smtp.timeout", "10s",
                "spring.cloud.gateway.server.webflux.httpclient.connect-timeout", "2s"));
        assertThat(environment.getProperty("spring.cloud.openfeign.client.config.availabilityClient.connect-timeout"))
                .isEqualTo("500");
        assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.read-timeout")).isEqualTo("3000");
        assertThat(environment.getProperty("spring.mail.properties.mail.smtp.timeout")).isEqualTo("10000");
        assertThat(environment.getProperty("spring.cloud.gateway.server.webflux.httpclient.connect-timeout")).isEqualTo("2000");
    }

    @Test
    void millisecondsAndOtherSettingsStayAsTheyAre() {
        StandardEnvironment environment = environment(Map.of(
                "spring.cloud.openfeign.client.config.default.connect-timeout", "1000",
                "concierge.orders.outbox.lease", "30s"));
        assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.connect-timeout")).isEqualTo("1000");
        assertThat(environment.getProperty("concierge.orders.outbox.lease")).isEqualTo("30s");
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application", settings));
        new MillisecondSettings().postProcessEnvironment(environment, null);
        return environment;
    }
}
