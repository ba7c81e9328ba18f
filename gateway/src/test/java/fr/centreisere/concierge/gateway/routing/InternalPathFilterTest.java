package fr.centreisere.concierge.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalPathFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/internal", "/internal/coverage", "/INTERNAL/coverage", "/%69nternal/coverage",
            "/api/catalog/../../internal/coverage", "/api/catalog/%2e%2e/%2e%2e/internal/x",
            "/api/catalog/..;/internal", "/api/catalog/%252e%252e/internal", "/api/catalog\\..\\internal"})
    void refusesEveryPathThatCouldReachAnInternalEndpoint(String rawPath) {
        assertThat(InternalPathFilter.reachesInternal(rawPath)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/catalog/services", "/api/orders/123/cancel", "/api/members",
            "/api/catalog/services?q=v%C3%A9lo", "/css/app.css", "/api/catalog/internal-notes"})
    void letsOrdinaryPathsThrough(String rawPath) {
        assertThat(InternalPathFilter.reachesInternal(rawPath)).isFalse();
    }
}
