package fr.centreisere.concierge.platform.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** The strict JSON reading of {@link StrictJson}, for the mapper Boot builds (and that Spring MVC and Feign use). */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
public class PlatformJsonAutoConfiguration {

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }
}
