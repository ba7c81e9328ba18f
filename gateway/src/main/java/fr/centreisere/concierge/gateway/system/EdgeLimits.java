package fr.centreisere.concierge.gateway.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's limits, each overridable from the environment (application.yml names the variables).
 *
 * @param loginFailuresPerAccount failed logins on one account within {@code loginFailureWindow} past which the
 *                                addresses that failed on it wait (never one that has not: the owner signs in from elsewhere)
 * @param loginFailuresPerAddress failed logins from one client address within the window before it waits
 * @param loginFailureWindow      the window (fixed, starting at the first failure)
 * @param requestsBurst           requests a client may make at once on /api/** (token bucket capacity)
 * @param requestsPerSecond       requests per second a client gets back (bucket refill)
 * @param maxRequestBody          the largest request body accepted
 * @param bcryptStrength          the BCrypt cost (log2 rounds) of new password hashes
 * @param loginFailuresPerAccountAndAddress failed logins on one account from one address within the window before
 *                                that address waits for that account
 * @param loginSlowdownAfter      failures on one account after which each further failed answer is slowed down
 * @param loginSlowdownStep       how much more each further failed answer waits
 * @param loginSlowdownMax        the longest a failed answer waits
 * @param mailRequestsPerEmail    reset or verification mails asked for one address within {@code mailRequestWindow}
 *                                before further requests wait (429)
 * @param mailRequestsPerAddress  such requests from one client address within the window before it waits
 * @param mailRequestWindow       the window of the mail requests (fixed, starting at the first)
 */
@ConfigurationProperties("concierge.limits")
public record EdgeLimits(@DefaultValue("10") int loginFailuresPerAccount, @DefaultValue("20") int loginFailuresPerAddress,
        @DefaultValue("15m") Duration loginFailureWindow, @DefaultValue("100") int requestsBurst,
        @DefaultValue("20") double requestsPerSecond, @DefaultValue("1MB") DataSize maxRequestBody,
        @DefaultValue("10") int bcryptStrength, @DefaultValue("5") int loginFailuresPerAccountAndAddress,
        @DefaultValue("3") int loginSlowdownAfter, @DefaultValue("1s") Duration loginSlowdownStep,
        @DefaultValue("5s") Duration loginSlowdownMax, @DefaultValue("3") int mailRequestsPerEmail,
        @DefaultValue("10") int mailRequestsPerAddress, @DefaultValue("1h") Duration mailRequestWindow) {
}
