package fr.centreisere.concierge.platform;

import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** What a service gets by depending on the platform: the API's problem documents. */
// before Boot's own problem handler, which steps aside when a ResponseEntityExceptionHandler exists
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ApiProblemHandler.class)
public class PlatformAutoConfiguration {
}
