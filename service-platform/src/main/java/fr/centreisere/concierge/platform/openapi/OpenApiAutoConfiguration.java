package fr.centreisere.concierge.platform.openapi;

import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.security.CurrentUser;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The platform's part of every description (see the package's comment), for the services and the
 * gateway alike. A service still declares its own {@link OpenAPI} bean with its title and description.
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, GlobalOpenApiCustomizer.class})
@ConditionalOnWebApplication
public class OpenApiAutoConfiguration {

    static {
        // resolved by the platform from the token and from format/dialect/Accept: never a request parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, ExportRequest.class);
    }

    @Bean
    GlobalOperationCustomizer conciergeOperationNames() {
        return new OperationNames();
    }

    @Bean
    GlobalOperationCustomizer conciergeCallerHidden() {
        return new CallerHidden();
    }

    /** Members that may be null described so: {@code @Nullable} record components and fields of every body. */
    @Bean
    ModelConverter conciergeNullableMembers() {
        return new NullableMembers();
    }

    @Bean
    GlobalOperationCustomizer conciergeExportChoices() {
        return new ExportChoices();
    }

    @Bean
    GlobalOpenApiCustomizer conciergeDescriptionShape(ObjectProvider<PublicOperations> publicOperations) {
        DescriptionShape shape = new DescriptionShape();
        // without a way to tell, every operation is described as needing the token
        ProblemAnswers problems = new ProblemAnswers((method, path) -> publicOperations.getIfAvailable(() -> (m, p) -> false)
                .isPublic(method, path));
        return description -> {
            problems.addTo(description);
            shape.applyTo(description);
        };
    }

    /** An MVC service: its access rules say what is public, and its internal API is described apart. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ServiceDescriptions {

        @Bean
        @ConditionalOnMissingBean
        PublicOperations conciergePublicOperations(ObjectProvider<WebInvocationPrivilegeEvaluator> accessRules) {
            return new ServletPublicOperations(accessRules);
        }

        /** The public API: the default description at {@code /v3/api-docs}, the one the gateway serves. */
        @Bean
        GroupedOpenApi conciergePublicApi() {
            return GroupedOpenApi.builder().group("public").pathsToMatch("/api/**").build();
        }

        /** What the services say to each other, at {@code /v3/api-docs/internal}: never routed by the gateway. */
        @Bean
        GroupedOpenApi conciergeInternalApi() {
            return GroupedOpenApi.builder().group("internal").pathsToMatch("/internal/**").build();
        }
    }
}
