package fr.centreisere.concierge.platform.discovery;

import com.netflix.appinfo.ApplicationInfoManager;
import com.netflix.appinfo.InstanceInfo.InstanceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.netflix.eureka.EurekaClientAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * A part registers as {@code STARTING} ({@code eureka.instance.initial-status}, concierge-defaults.yml) and says
 * {@code UP} once it is ready: after its start-up runners (the seeds, the upgrades of stored data, the backfills),
 * which Spring Boot runs after the server opened and the registry heard of the part. Callers use only instances
 * that are up, so none reaches a part that would answer from half-made data (the catalog once fetched an empty
 * coverage from a provider-service still seeding its members, and refused every order for a minute).
 */
@AutoConfiguration(after = EurekaClientAutoConfiguration.class)
@ConditionalOnClass(ApplicationInfoManager.class)
@ConditionalOnBean(ApplicationInfoManager.class)
public class UpWhenReady {

    private static final Logger log = LoggerFactory.getLogger(UpWhenReady.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> sayUpWhenReady(ApplicationInfoManager instance) {
        return ready -> {
            if (instance.getInfo().getStatus() == InstanceStatus.STARTING) {
                instance.setInstanceStatus(InstanceStatus.UP);
                log.info("Ready: registered as UP");
            }
        };
    }
}
