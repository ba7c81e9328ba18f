package fr.centreisere.concierge.gateway.system;

import java.time.Clock;
import java.time.Duration;

import fr.centreisere.concierge.gateway.identity.AccessTokens;
import fr.centreisere.concierge.gateway.identity.CreateAccount;
import fr.centreisere.concierge.gateway.identity.FindAccount;
import fr.centreisere.concierge.gateway.identity.LogIn;
import fr.centreisere.concierge.gateway.identity.LoginFailures;
import fr.centreisere.concierge.gateway.identity.PasswordHasher;
import fr.centreisere.concierge.gateway.identity.RegisterResident;
import fr.centreisere.concierge.gateway.identity.bcrypt.BCryptPasswords;
import fr.centreisere.concierge.gateway.identity.demo.DemoAccounts;
import fr.centreisere.concierge.gateway.identity.mongo.MongoAccounts;
import fr.centreisere.concierge.gateway.identity.mongo.MongoLoginFailures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The identity feature's use cases and adapters; the demo accounts in the {@code demo} profile only. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdentityConfiguration {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectProvider<MongoLoginFailures> loginFailures;

    IdentityConfiguration(ObjectProvider<MongoLoginFailures> loginFailures) {
        this.loginFailures = loginFailures;
    }

    @Bean
    MongoAccounts accounts(ReactiveMongoTemplate mongo) {
        return new MongoAccounts(mongo);
    }

    @Bean
    PasswordHasher passwordHasher(EdgeLimits limits) {
        return new BCryptPasswords(limits.bcryptStrength());
    }

    @Bean
    MongoLoginFailures loginFailures(ReactiveMongoTemplate mongo, EdgeLimits limits, Clock clock) {
        return new MongoLoginFailures(mongo, clock, limits.loginFailuresPerAccount(), limits.loginFailuresPerAddress(),
                limits.loginFailureWindow());
    }

    /** Ended failure windows go (mongo-java-server has no TTL index); every instance may do it, it is idempotent. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeEndedLoginFailures() {
        loginFailures.ifAvailable(failures -> failures.removeEnded().subscribe());
    }

    @Bean
    RegisterResident registerResident(MongoAccounts accounts, PasswordHasher hasher, Clock clock) {
        return new RegisterResident(accounts, hasher, clock);
    }

    @Bean
    LogIn logIn(MongoAccounts accounts, PasswordHasher hasher, LoginFailures failures, AccessTokens tokens) {
        return new LogIn(accounts, hasher, failures, tokens);
    }

    @Bean
    CreateAccount createAccount(MongoAccounts accounts, PasswordHasher hasher, Clock clock) {
        return new CreateAccount(accounts, hasher, clock);
    }

    @Bean
    FindAccount findAccount(MongoAccounts accounts) {
        return new FindAccount(accounts);
    }

    /** The unique e-mail index exists before the first account is added. */
    @Bean
    @Order(0)
    ApplicationRunner accountIndexes(MongoAccounts accounts) {
        return arguments -> accounts.ensureIndexes().block(STARTUP_TIMEOUT);
    }

    @Bean
    @Order(1)
    @Profile("demo")
    ApplicationRunner demoAccounts(MongoAccounts accounts, PasswordHasher hasher, Clock clock) {
        return arguments -> new DemoAccounts(accounts, hasher, clock).seed().block(STARTUP_TIMEOUT);
    }
}
