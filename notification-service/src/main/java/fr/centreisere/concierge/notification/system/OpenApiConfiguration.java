package fr.centreisere.concierge.notification.system;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's OpenAPI description, served at /v3/api-docs and through the gateway. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI notificationOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Conciergerie Centre Isère — notification-service")
                .description("The signed-in user's in-app notifications and their choices of language and e-mails.")
                .version("v1"))
                .servers(List.of(new Server().url("/").description("Gateway")));
    }
}
