package fr.centreisere.concierge.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class TracingEnvironmentTest {

    private static MockEnvironment prepared(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        new TracingEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void byDefaultW3cPropagationNoExportAndPlainTextWithTheIdsInEachLine() {
        MockEnvironment environment = prepared();
        assertThat(environment.getProperty("management.tracing.propagation.type")).isEqualTo("w3c");
        assertThat(environment.getProperty(TracingEnvironment.ZIPKIN_ENABLED)).isEqualTo("false");
        assertThat(environment.getProperty("logging.pattern.correlation")).contains("traceId(32)").contains("requestId");
        assertThat(environment.getProperty(TracingEnvironment.STRUCTURED_CONSOLE)).isNull();
    }

    @Test
    void anEndpointTurnsTheExportOn() {
        assertThat(prepared(TracingEnvironment.ZIPKIN_ENDPOINT, "http://zipkin:9411/api/v2/spans")
                .getProperty(TracingEnvironment.ZIPKIN_ENABLED)).isEqualTo("true");
    }

    @Test
    void anEmptyEndpointLeavesItOffWithAWellFormedAddress() {
        MockEnvironment environment = prepared(TracingEnvironment.ZIPKIN_ENDPOINT, "");
        assertThat(environment.getProperty(TracingEnvironment.ZIPKIN_ENABLED)).isEqualTo("false");
        assertThat(environment.getProperty(TracingEnvironment.ZIPKIN_ENDPOINT)).startsWith("http://");
    }

    @Test
    void explicitSettingsWin() {
        assertThat(prepared(TracingEnvironment.ZIPKIN_ENABLED, "true").getProperty(TracingEnvironment.ZIPKIN_ENABLED))
                .isEqualTo("true");
    }

    @Test
    void oneSettingSwitchesToJsonLogs() {
        assertThat(prepared(TracingEnvironment.LOG_FORMAT, "json").getProperty(TracingEnvironment.STRUCTURED_CONSOLE))
                .isEqualTo("ecs");
        assertThat(prepared(TracingEnvironment.LOG_FORMAT, "LOGSTASH").getProperty(TracingEnvironment.STRUCTURED_CONSOLE))
                .isEqualTo("logstash");
        assertThat(prepared(TracingEnvironment.LOG_FORMAT, "text").getProperty(TracingEnvironment.STRUCTURED_CONSOLE))
                .isNull();
        assertThatIllegalStateException().isThrownBy(() -> prepared(TracingEnvironment.LOG_FORMAT, "xml"))
                .withMessageContaining("CONCIERGE_LOG_FORMAT");
    }
}
