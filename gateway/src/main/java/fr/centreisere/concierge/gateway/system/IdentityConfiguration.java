package fr.centreisere.concierge.gateway.system;

import java.time.Clock;
import java.time.Duration;

import fr.centreisere.concierge.gateway.identity.AccessTokens;
import fr.centreisere.concierge.gateway.identity.AccountBindings;
import fr.centreisere.concierge.gateway.identity.bindings.HttpAccountBindings;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;
import fr.centreisere.concierge.gateway.identity.AccountTokens;
import fr.centreisere.concierge.gateway.identity.ChangePassword;
import fr.centreisere.concierge.gateway.identity.ChangeProfile;
import fr.centreisere.concierge.gateway.identity.CreateAccount;
import fr.centreisere.concierge.gateway.identity.IssueAccountToken;
import fr.centreisere.concierge.gateway.identity.MailRequestLimits;
import fr.centreisere.concierge.gateway.identity.RequestPasswordReset;
import fr.centreisere.concierge.gateway.identity.ResetPassword;
import fr.centreisere.concierge.gateway.identity.SendEmailVerification;
import fr.centreisere.concierge.gateway.identity.VerifyEmail;
import fr.centreisere.concierge.gateway.identity.mongo.MongoMailRequestLimits;
import fr.centreisere.concierge.gateway.identity.web.AccountSelfService;
import fr.centreisere.concierge.gateway.identity.FindAccount;
import fr.centreisere.concierge.gateway.identity.ManageAccounts;
import fr.centreisere.concierge.gateway.identity.RevokedTokens;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdentityConfiguration.class);

    private final ObjectProvider<MongoLoginFailures> loginFailures;
    private final ObjectProvider<RevokedTokens> revokedTokens;

    IdentityConfiguration(ObjectProvider<MongoLoginFailures> loginFailures, ObjectProvider<RevokedTokens> revokedTokens) {
        this.loginFailures = loginFailures;
        this.revokedTokens = revokedTokens;
    }

    @Bean
    MongoAccounts accounts(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoAccounts(mongo, clock);
    }

    @Bean
    PasswordHasher passwordHasher(EdgeLimits limits) {
        return new BCryptPasswords(limits.bcryptStrength());
    }

    @Bean
    MongoLoginFailures loginFailures(ReactiveMongoTemplate mongo, EdgeLimits limits, Clock clock) {
        return new MongoLoginFailures(mongo, clock, limits.loginFailuresPerAccountAndAddress(),
                limits.loginFailuresPerAccount(), limits.loginFailuresPerAddress(), limits.loginFailureWindow());
    }

    /** Ended failure windows go (mongo-java-server has no TTL index); every instance may do it, it is idempotent. */
    @Scheduled(fixedDelayString = "10m", initialDelayString = "1m")
    void removeEndedLoginFailures() {
        loginFailures.ifAvailable(failures -> failures.removeEnded().subscribe());
    }

    @Bean
    RegisterResident registerResident(MongoAccounts accounts, PasswordHasher hasher, Clock clock, IssueAccountToken issueToken) {
        return new RegisterResident(accounts, hasher, clock, issueToken);
    }

    @Bean
    MailRequestLimits mailRequestLimits(ReactiveMongoTemplate mongo, EdgeLimits limits, Clock clock) {
        return new MongoMailRequestLimits(mongo, clock, limits.mailRequestsPerEmail(), limits.mailRequestsPerAddress(),
                limits.mailRequestWindow());
    }

    @Bean
    IssueAccountToken issueAccountToken(AccountTokens tokens, Clock clock) {
        return new IssueAccountToken(tokens, clock);
    }

    /** The owner's own changes, and the two mailed links. */
    @Bean
    AccountSelfService accountSelfService(MongoAccounts accounts, AccountTokens tokens, IssueAccountToken issueToken,
            MailRequestLimits mailLimits, PasswordHasher hasher, LoginFailures failures, Clock clock) {
        return new AccountSelfService(new RequestPasswordReset(accounts, issueToken, mailLimits),
                new ResetPassword(tokens, accounts, hasher, failures, clock),
                new SendEmailVerification(accounts, issueToken, mailLimits),
                new VerifyEmail(tokens, accounts, clock),
                new ChangeProfile(accounts),
                new ChangePassword(accounts, hasher, failures));
    }

    @Bean
    LogIn logIn(MongoAccounts accounts, PasswordHasher hasher, LoginFailures failures, AccessTokens tokens,
            EdgeLimits limits) {
        return new LogIn(accounts, hasher, failures, tokens, limits.loginSlowdownAfter(), limits.loginSlowdownStep(),
                limits.loginSlowdownMax());
    }

    @Bean
    CreateAccount createAccount(MongoAccounts accounts, PasswordHasher hasher, Clock clock, AccountBindings bindings) {
        return new CreateAccount(accounts, hasher, clock, bindings);
    }

    /**
     * provider-service and order-service asked whether a staff account's member or company exists, on
     * their {@code /internal/**} endpoints with the internal token (CONCIERGE_INTERNAL_TOKEN, as the
     * services have it): at a fixed URL when one is set, else by name through Eureka and the load balancer.
     */
    @Bean
    AccountBindings accountBindings(Environment environment, ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer,
            ObjectProvider<WebClient.Builder> builders) {
        WebClient.Builder webClients = builders.getIfAvailable(WebClient::builder);
        String token = environment.getProperty("concierge.security.internal-token", "");
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("CONCIERGE_INTERNAL_TOKEN is not set: the gateway asks provider-service and "
                    + "order-service whether a staff account's member or company exists, with the services' shared secret");
        }
        Duration timeout = environment.getProperty("concierge.bindings.timeout", Duration.class, Duration.ofSeconds(2));
        return new HttpAccountBindings(
                client(webClients, loadBalancer, environment.getProperty("concierge.bindings.provider-url", ""), "provider-service", token),
                client(webClients, loadBalancer, environment.getProperty("concierge.bindings.order-url", ""), "order-service", token),
                timeout);
    }

    private static WebClient client(WebClient.Builder webClients, ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer,
            String fixedUrl, String serviceName, String token) {
        WebClient.Builder builder = webClients.clone().defaultHeader("X-Internal-Token", token);
        if (fixedUrl == null || fixedUrl.isBlank()) {
            builder.baseUrl("http://" + serviceName).filter(loadBalancer.getObject());
        } else {
            builder.baseUrl(fixedUrl);
        }
        return builder.build();
    }

    @Bean
    RevokedTokens revokedTokens(MongoAccounts accounts) {
        return new RevokedTokens(accounts);
    }

    @Bean
    ManageAccounts manageAccounts(MongoAccounts accounts, RevokedTokens revoked, Clock clock) {
        return new ManageAccounts(accounts, revoked, clock);
    }

    /** A valid token of a deactivated account, or issued before its last deactivation, is refused (401) like a bad one. */
    @Bean
    OAuth2TokenValidator<Jwt> deactivatedAccountsRefused(RevokedTokens revoked) {
        OAuth2Error deactivated = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "account deactivated", null);
        return token -> revoked.refuses(token.getSubject(), token.getIssuedAt())
                ? OAuth2TokenValidatorResult.failure(deactivated) : OAuth2TokenValidatorResult.success();
    }

    /**
     * Deactivations made on other gateway instances are learnt within this period
     * ({@code CONCIERGE_GATEWAY_ACCOUNTS_REVOCATION_REFRESH}); this instance's own at once. The store away: the last list stays.
     */
    @Scheduled(fixedDelayString = "${concierge.accounts.revocation-refresh:10s}", initialDelayString = "${concierge.accounts.revocation-refresh:10s}")
    void reloadRevokedTokens() {
        revokedTokens.ifAvailable(revoked -> revoked.reload()
                .doOnError(failure -> log.warn("The deactivated accounts could not be reloaded: {}", failure.toString()))
                .onErrorComplete().subscribe());
    }

    @Bean
    @Order(2)
    ApplicationRunner loadRevokedTokens(RevokedTokens revoked) {
        return arguments -> revoked.reload().block(STARTUP_TIMEOUT);
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
