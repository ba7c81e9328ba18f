package fr.centreisere.concierge.catalog.system;

import fr.centreisere.concierge.catalog.coverage.CoverageSnapshot;
import fr.centreisere.concierge.catalog.coverage.KnownCoverage;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code coverage} health check, part of the catalog's readiness: a catalog that has never received which
 * communes each service reaches (a new installation whose provider-service has not answered yet) would refuse
 * every order as « not offered in this commune », so it is not ready, and {@code ./concierge start} and
 * docker-compose wait. A coverage received once is kept in the store: a restart is ready at once, and a
 * provider-service away later leaves the last coverage served, and the catalog ready.
 */
@Configuration(proxyBeanMethods = false)
class CoverageHealthConfiguration {

    @Bean
    HealthIndicator coverageHealthIndicator(KnownCoverage coverage) {
        return new AbstractHealthIndicator("coverage check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                CoverageSnapshot served = coverage.latest().orElse(null);
                if (served == null) {
                    builder.outOfService().withDetail("reason", "no coverage received from provider-service yet");
                } else {
                    builder.up().withDetail("asOf", served.asOf().toString())
                            .withDetail("services", served.communesByService().size());
                }
            }
        };
    }
}
