package fr.centreisere.concierge.platform.problem;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The error page ({@link ProblemErrorController}) is no operation of the API, and {@code /internal/**} is
 * no part of the public one (it has its own group, see {@code OpenApiAutoConfiguration}): both stay out of the
 * service's default OpenAPI description (a default of the lowest precedence, which a service may replace).
 */
public class ProblemEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("conciergePlatformProblemDefaults",
                Map.of("springdoc.paths-to-exclude", "${server.error.path:/error},/internal/**")));
    }
}
