package fr.centreisere.concierge.notification.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole service, in the territory's time zone; tests replace it with one they move. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId TERRITORY_ZONE = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(TERRITORY_ZONE);
    }
}
