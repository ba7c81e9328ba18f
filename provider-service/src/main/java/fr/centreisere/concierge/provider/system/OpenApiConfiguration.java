package fr.centreisere.concierge.provider.system;

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
    OpenAPI providerOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Conciergerie Centre Isère — provider-service")
                .description("Member structures, their capabilities, fair dispatch of jobs and the impact they report.")
                .version("v1"))
                // read through the gateway: calls go to the same origin, not to this service's port
                .servers(List.of(new Server().url("/").description("Gateway")));
    }
}
