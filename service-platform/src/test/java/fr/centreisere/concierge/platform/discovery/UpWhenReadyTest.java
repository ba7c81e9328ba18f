package fr.centreisere.concierge.platform.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.netflix.appinfo.ApplicationInfoManager;
import com.netflix.appinfo.InstanceInfo;
import com.netflix.appinfo.InstanceInfo.InstanceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.commons.util.InetUtils;
import org.springframework.cloud.commons.util.InetUtilsProperties;
import org.springframework.cloud.netflix.eureka.EurekaInstanceConfigBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A part is registered as STARTING (concierge-defaults.yml) and says UP only once it is ready, after its start-up
 * runners; an instance an operator put OUT_OF_SERVICE stays so; without a registry client nothing is done.
 */
class UpWhenReadyTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UpWhenReady.class));

    @Test
    void aStartingPartSaysUpOnceReadyNotBefore() {
        ApplicationInfoManager instance = instance(InstanceStatus.STARTING);
        runner.withBean(ApplicationInfoManager.class, () -> instance).run(context -> {
            assertThat(instance.getInfo().getStatus()).as("started, not ready yet").isEqualTo(InstanceStatus.STARTING);

            ready(context.getSourceApplicationContext());

            assertThat(instance.getInfo().getStatus()).isEqualTo(InstanceStatus.UP);
        });
    }

    @Test
    void anInstanceTakenOutOfServiceStaysOut() {
        ApplicationInfoManager instance = instance(InstanceStatus.OUT_OF_SERVICE);
        runner.withBean(ApplicationInfoManager.class, () -> instance).run(context -> {
            ready(context.getSourceApplicationContext());
            assertThat(instance.getInfo().getStatus()).isEqualTo(InstanceStatus.OUT_OF_SERVICE);
        });
    }

    @Test
    void withoutARegistryClientNothingIsAdded() {
        runner.run(context -> assertThat(context).doesNotHaveBean(UpWhenReady.class));
    }

    private static void ready(ConfigurableApplicationContext context) {
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
    }

    private static ApplicationInfoManager instance(InstanceStatus status) {
        EurekaInstanceConfigBean config = new EurekaInstanceConfigBean(new InetUtils(new InetUtilsProperties()));
        InstanceInfo info = InstanceInfo.Builder.newBuilder().setAppName("catalog-service").setHostName("localhost")
                .setStatus(status).build();
        return new ApplicationInfoManager(config, info);
    }
}
