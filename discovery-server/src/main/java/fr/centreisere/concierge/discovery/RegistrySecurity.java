package fr.centreisere.concierge.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Only our services may register, renew, list or leave, and only they see the dashboard: HTTP Basic
 * with {@link RegistryCredentials} on everything but the management port (health, info, prometheus). Eureka clients carry no
 * CSRF token, so {@code /eureka/**} is exempt from the CSRF check (as Spring Cloud Netflix's
 * "Securing The Eureka Server" says); the dashboard only reads. No session: every call presents
 * the credentials.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryCredentials.class)
class RegistrySecurity {

    static final String ROLE = "REGISTRY_CLIENT";

    @Bean
    SecurityFilterChain onlyOurServices(HttpSecurity http, Environment environment) throws Exception {
        return http
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // the management port: health, info, prometheus, never the registry's own port
                        .requestMatchers(new ManagementPortRequests(environment)).permitAll()
                        .anyRequest().hasRole(ROLE))
                .httpBasic(Customizer.withDefaults())
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/eureka/**"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    UserDetailsService registryClients(RegistryCredentials credentials, PasswordEncoder passwords) {
        return new InMemoryUserDetailsManager(User.withUsername(credentials.username())
                .password(passwords.encode(credentials.password()))
                .roles(ROLE)
                .build());
    }

    @Bean
    PasswordEncoder registryPasswordEncoder() {
        return new DigestOfRandomSecret();
    }

    /**
     * The registry's password is a long random secret, not a person's password: a SHA-256 digest
     * compared in constant time is as safe for it as a slow hash, which would cost a CPU core at
     * every heartbeat of every service (each sends one every 5 s and fetches the registry as often).
     */
    static final class DigestOfRandomSecret implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return HexFormat.of().formatHex(sha256(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || encodedPassword == null) {
                return false;
            }
            byte[] expected;
            try {
                expected = HexFormat.of().parseHex(encodedPassword);
            } catch (IllegalArgumentException notOurs) {
                return false;
            }
            return MessageDigest.isEqual(expected, sha256(rawPassword));
        }

        private static byte[] sha256(CharSequence text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
