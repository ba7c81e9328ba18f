package fr.centreisere.concierge.catalog.coverage.feign;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard the catalog tries to read the coverage before giving up until the next refresh: a few attempts
 * (the read is safe to repeat), spaced by a growing wait, never while the breaker is open.
 *
 * @param maxAttempts attempts per refresh, the first included
 * @param firstWait wait before the second attempt; doubled before each next one
 */
@ConfigurationProperties("catalog.coverage.retry")
record CoverageClientProperties(@DefaultValue("3") int maxAttempts, @DefaultValue("500ms") Duration firstWait) {
}
