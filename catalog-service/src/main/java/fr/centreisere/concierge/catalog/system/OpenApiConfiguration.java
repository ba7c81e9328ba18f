package fr.centreisere.concierge.catalog.system;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's OpenAPI description, served at /v3/api-docs and through the gateway. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI catalogOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Conciergerie Centre Isère — catalog-service")
                .description("The territory's communes and the services people can order there, with live coverage.")
                .version("v1"))
                // read through the gateway: calls go to the same origin, not to this service's port
                .servers(List.of(new Server().url("/").description("Gateway")));
    }
}
