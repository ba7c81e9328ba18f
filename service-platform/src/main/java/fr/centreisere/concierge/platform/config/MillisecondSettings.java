package fr.centreisere.concierge.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Every duration of ours is written the same way ({@code 500ms}, {@code 5s}, {@code 2h}), also where a
 * library takes a number of milliseconds: OpenFeign's connect and read timeouts, the gateway's connect
 * timeout and JavaMail's SMTP timeouts. Such a setting written as a duration is given to the library as its
 * milliseconds (a bare number stays what it was: milliseconds).
 */
public class MillisecondSettings implements EnvironmentPostProcessor, Ordered {

    static final Pattern IN_MILLISECONDS = Pattern.compile(String.join("|",
            "spring\\.cloud\\.openfeign\\.client\\.config\\.[^.]+\\.(connect|read)-timeout",
            "spring\\.cloud\\.gateway\\.server\\.webflux\\.httpclient\\.connect-timeout",
            "spring\\.mail\\.properties\\.mail\\.smtp\\.(connectiontimeout|timeout|writetimeout)"));

    /** Last: after the defaults and the renamed variables, on the values as they finally are. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> millis = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> names)) continue;
            for (String name : names.getPropertyNames()) {
                if (millis.containsKey(name) || !IN_MILLISECONDS.matcher(name).matches()) continue;
                String value;
                try {
                    value = environment.getProperty(name);
                } catch (IllegalArgumentException unresolvable) {
                    continue; // left to the library, which says what is missing
                }
                if (value == null || value.isBlank() || value.strip().matches("-?\\d+")) continue;
                millis.put(name, String.valueOf(DurationStyle.detectAndParse(value.strip()).toMillis()));
            }
        }
        if (!millis.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("conciergeDurationsInMilliseconds", millis));
        }
    }
}
