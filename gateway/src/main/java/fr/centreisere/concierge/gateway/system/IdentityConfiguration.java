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
import fr.centreisere.concierge.gateway.identity.memory.InMemoryLoginFailures;
import fr.centreisere.concierge.gateway.identity.mongo.MongoAccounts;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The identity feature's use cases and adapters; the demo accounts in the {@code demo} profile only. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    @Bean
    MongoAccounts accounts(ReactiveMongoTemplate mongo) {
        return new MongoAccounts(mongo);
    }

    @Bean
    PasswordHasher passwordHasher(EdgeLimits limits) {
        return new BCryptPasswords(limits.bcryptStrength());
    }

    @Bean
    LoginFailures loginFailures(EdgeLimits limits, Clock clock) {
        return new InMemoryLoginFailures(clock, limits.loginFailuresPerAccount(), limits.loginFailuresPerAddress(),
                limits.loginFailureWindow());
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
