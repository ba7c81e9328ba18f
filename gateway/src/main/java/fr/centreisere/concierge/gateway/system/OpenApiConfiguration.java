package fr.centreisere.concierge.gateway.system;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's own OpenAPI description (accounts, sign-in, the key set), served at /v3/api-docs/gateway. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI gatewayOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Conciergerie Centre Isère — gateway")
                .description("Accounts, signing in and the access tokens every other operation needs; "
                        + "the four services' descriptions are beside this one in the Swagger UI.")
                .version("v1"))
                .servers(List.of(new Server().url("/").description("Gateway")));
    }
}
