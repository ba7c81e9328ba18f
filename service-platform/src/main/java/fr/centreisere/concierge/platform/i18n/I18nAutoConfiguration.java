package fr.centreisere.concierge.platform.i18n;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The bundles and the reader's language, the same in every service and in the gateway: the {@code messageSource}
 * over the module's {@code i18n/messages} and the platform's {@code i18n/platform} (French the default file, English
 * the {@code _en} one; Bean Validation's {@code {key}} messages are read from it too), the language from
 * {@code Accept-Language} (fr, en; anything else or none: fr) and the {@link Texts} that renders a {@link Message}.
 */
// before Boot's message source (which steps aside for a bean named messageSource) and its locale resolvers
@AutoConfiguration(beforeName = { "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration",
        "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration" })
public class I18nAutoConfiguration {

    @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, search = SearchStrategy.CURRENT)
    MessageSource messageSource() {
        return Texts.bundles(Bundles.MODULE, Bundles.PLATFORM);
    }

    @Bean
    @ConditionalOnMissingBean
    Texts texts(MessageSource messageSource) {
        return new Texts(messageSource);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver")
    static class ServletLanguage {

        @Bean(name = "localeResolver")
        org.springframework.web.servlet.LocaleResolver localeResolver() {
            org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver resolver =
                    new org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver();
            resolver.setSupportedLocales(Languages.SUPPORTED);
            resolver.setDefaultLocale(Languages.DEFAULT);
            return resolver;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(name = "org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver")
    static class ReactiveLanguage {

        @Bean(name = "localeContextResolver")
        org.springframework.web.server.i18n.LocaleContextResolver localeContextResolver() {
            org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver resolver =
                    new org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver();
            resolver.setSupportedLocales(Languages.SUPPORTED);
            resolver.setDefaultLocale(Languages.DEFAULT);
            return resolver;
        }
    }
}
