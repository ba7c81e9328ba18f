package fr.centreisere.concierge.gateway.fill;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.Language;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.Role;
import fr.centreisere.concierge.gateway.identity.bcrypt.BCryptPasswords;
import fr.centreisere.concierge.gateway.identity.demo.DemoAccounts;
import fr.centreisere.concierge.gateway.identity.mongo.MongoAccounts;
import fr.centreisere.concierge.platform.fill.FillJvm;
import fr.centreisere.concierge.platform.fill.FillPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The gateway's part of {@code ./concierge fill}, as a one-shot JVM (no web server, no registry): one
 * account per planned resident, the demo password hashed once for all (a hash per account would take
 * minutes of BCrypt), e-mail verified, created a year before the batch.
 */
@SpringBootConfiguration
// only in the fill JVM: the service's own application scans this package too, and must leave it alone
@Profile(FillJvm.PROFILE)
// the routing needs a web server: none here
@EnableAutoConfiguration(excludeName = { "org.springframework.cloud.gateway.config.GatewayAutoConfiguration",
        "org.springframework.cloud.gateway.config.GatewayResilience4JCircuitBreakerAutoConfiguration",
        "org.springframework.cloud.gateway.config.GatewayNoLoadBalancerClientAutoConfiguration",
        "org.springframework.cloud.gateway.config.GatewayFunctionAutoConfiguration",
        "org.springframework.cloud.gateway.config.GatewayMetricsAutoConfiguration",
        "org.springframework.cloud.gateway.discovery.GatewayDiscoveryClientAutoConfiguration",
        "org.springframework.cloud.gateway.config.SimpleUrlHandlerMappingGlobalCorsAutoConfiguration" })
public class FillApplication {

    private static final Logger log = LoggerFactory.getLogger(FillApplication.class);

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FillApplication.class)
                .web(WebApplicationType.NONE).profiles(FillJvm.PROFILE).properties(FillJvm.PROPERTIES).run(args)) {
            Path plan = Path.of(context.getEnvironment().getRequiredProperty("concierge.fill.plan"));
            int strength = context.getEnvironment().getProperty("concierge.edge.bcrypt-strength", Integer.class, 10);
            long written = fill(new MongoAccounts(context.getBean(ReactiveMongoTemplate.class), Clock.systemUTC()),
                    FillPlan.read(plan), new BCryptPasswords(strength).hash(DemoAccounts.PASSWORD));
            log.info("fill gateway: accounts {}", written);
        }
    }

    static long fill(MongoAccounts accounts, FillPlan plan, PasswordHash hash) {
        var createdAt = plan.header().madeAt().minus(Duration.ofDays(400));
        List<Account> residents = plan.residents().stream().map(r -> new Account(r.userId(), new EmailAddress(r.email()),
                hash, r.displayName(), null, r.communeInsee(), Set.of(Role.RESIDENT), null, null, createdAt, true,
                Language.FR)).toList();
        long written = 0;
        for (int from = 0; from < residents.size(); from += 1_000) {
            Long chunk = accounts.insertCopied(residents.subList(from, Math.min(residents.size(), from + 1_000)))
                    .block(Duration.ofMinutes(2));
            written += chunk == null ? 0 : chunk;
        }
        return written;
    }
}
