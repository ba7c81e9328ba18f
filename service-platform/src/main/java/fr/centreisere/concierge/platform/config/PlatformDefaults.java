package fr.centreisere.concierge.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * What every part configures alike, written once: {@code config/concierge-defaults.yml} for every part that
 * has this module (the MVC services and the gateway), and {@code config/concierge-service-defaults.yml} for
 * the MVC services only (not the reactive gateway, which also sets {@code concierge.platform.service-defaults:
 * false}). Both come after everything else (lowest precedence): a part's own application.yml, a profile, a test
 * or the environment set any of them otherwise.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String EVERY_PART = "config/concierge-defaults.yml";
    static final String SERVICES = "config/concierge-service-defaults.yml";

    /** {@code false}: a part that is no MVC service (the gateway) takes only what every part shares. */
    static final String SERVICE_DEFAULTS = "concierge.platform.service-defaults";

    /** After the application's own files are read (config data), so that adding last really means lowest. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        String everyPart = "conciergePlatformDefaults";
        load(EVERY_PART, everyPart).forEach(sources::addLast);
        boolean reactive = application != null && application.getWebApplicationType() == WebApplicationType.REACTIVE;
        // the gateway says so in its application.yml too, for its contexts that are not web ones (tests, fill)
        if (!reactive && environment.getProperty(SERVICE_DEFAULTS, Boolean.class, true)) {
            load(SERVICES, "conciergePlatformServiceDefaults").forEach(source -> sources.addBefore(everyPart, source));
        }
    }

    private static List<PropertySource<?>> load(String location, String name) {
        try {
            return new YamlPropertySourceLoader().load(name, new ClassPathResource(location, PlatformDefaults.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException("the platform's defaults " + location + " cannot be read", e);
        }
    }
}
