package fr.centreisere.concierge.platform;

import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.MalformedRequestFilter;
import fr.centreisere.concierge.platform.problem.ProblemErrorController;
import fr.centreisere.concierge.platform.problem.ProblemLanguage;
import fr.centreisere.concierge.platform.problem.TomcatProblems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * What a service gets by depending on the platform: the API's problem documents, for every error
 * (Spring MVC's, the error page's, Tomcat's own refusals) and malformed requests refused before
 * they reach anything that could fail on them.
 */
// before Boot's own problem handler, which steps aside when a ResponseEntityExceptionHandler exists,
// and before Boot's error controller, which steps aside when another ErrorController exists
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ ApiProblemHandler.class, ProblemLanguage.class, ProblemErrorController.class, TomcatProblems.class })
public class PlatformAutoConfiguration {

    /** First of all filters but the character encoding's, so before the security filters. */
    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter() {
        FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(new MalformedRequestFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
