package fr.centreisere.concierge.gateway.system;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import fr.centreisere.concierge.gateway.identity.NotificationService;
import fr.centreisere.concierge.gateway.identity.mongo.MongoAccountTokens;
import fr.centreisere.concierge.gateway.identity.mongo.MongoAccounts;
import fr.centreisere.concierge.gateway.identity.mongo.MongoOutboxSweep;
import fr.centreisere.concierge.gateway.identity.mongo.TokenSeal;
import fr.centreisere.concierge.gateway.identity.notify.HttpNotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The mailed tokens and the accounts' outboxes toward notification-service: the HTTP client (with the
 * internal token, by name through the load balancer unless a URL is set), the sweep every 5 s
 * ({@code CONCIERGE_GATEWAY_NOTIFICATION_SWEEP_INTERVAL}), one at a time per instance, and the removal of old tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class AccountOutboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccountOutboxConfiguration.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    /** Used and expired tokens are kept a while (what was asked, when), then go. */
    private static final Duration KEEP_EXPIRED_TOKENS = Duration.ofDays(30);

    private final ObjectProvider<MongoOutboxSweep> sweep;
    private final ObjectProvider<MongoAccountTokens> tokens;
    private final NotificationSettings settings;
    private final Clock clock;
    private final AtomicBoolean sweeping = new AtomicBoolean();

    AccountOutboxConfiguration(ObjectProvider<MongoOutboxSweep> sweep, ObjectProvider<MongoAccountTokens> tokens,
            NotificationSettings settings, Clock clock) {
        this.sweep = sweep;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    TokenSeal tokenSeal(Environment environment) {
        return new TokenSeal(environment.getProperty("concierge.security.internal-token", ""));
    }

    @Bean
    MongoAccountTokens accountTokens(ReactiveMongoTemplate mongo, TokenSeal seal) {
        return new MongoAccountTokens(mongo, seal);
    }

    @Bean
    NotificationService notificationService(Environment environment,
            ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer, ObjectProvider<WebClient.Builder> builders) {
        WebClient.Builder builder = builders.getIfAvailable(WebClient::builder).clone()
                .defaultHeader("X-Internal-Token", environment.getProperty("concierge.security.internal-token", ""));
        if (settings.url().isBlank()) {
            builder.baseUrl("http://notification-service").filter(loadBalancer.getObject());
        } else {
            builder.baseUrl(settings.url());
        }
        return new HttpNotificationService(builder.build(), settings.timeout());
    }

    @Bean
    MongoOutboxSweep outboxSweep(ReactiveMongoTemplate mongo, NotificationService notifications, TokenSeal seal) {
        return new MongoOutboxSweep(mongo, notifications, seal, clock, settings.publicUrl(), settings.retryBase(),
                settings.retryMax(), settings.lease(), settings.batch());
    }

    /** One sweep at a time in this instance; other instances are kept apart by the claims. */
    @Scheduled(fixedDelayString = "${concierge.notifications.sweep-interval:5s}", initialDelayString = "${concierge.notifications.sweep-interval:5s}")
    void sweep() {
        if (!settings.sweepEnabled() || !sweeping.compareAndSet(false, true)) {
            return;
        }
        sweep.getObject().sweepOnce()
                .timeout(Duration.ofMinutes(1))
                .doFinally(signal -> sweeping.set(false))
                .subscribe(delivered -> {
                    if (delivered > 0) {
                        log.debug("{} messages taken by notification-service", delivered);
                    }
                }, failure -> log.warn("The outbox sweep stopped early: {}", failure.toString()));
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "2m")
    void removeOldTokens() {
        tokens.getObject().removeExpiredBefore(clock.instant().minus(KEEP_EXPIRED_TOKENS))
                .subscribe(removed -> { }, failure -> log.warn("Old tokens not removed: {}", failure.toString()));
    }

    @Bean
    @Order(0)
    ApplicationRunner tokenIndexes(MongoAccountTokens accountTokens) {
        return arguments -> accountTokens.ensureIndexes().block(STARTUP_TIMEOUT);
    }

    /** Accounts stored before the directory existed are copied too (once). */
    @Bean
    @Order(2)
    ApplicationRunner copyEveryAccountOnce(MongoAccounts accounts) {
        return arguments -> accounts.markUncopiedAccountsPending().block(STARTUP_TIMEOUT);
    }
}
