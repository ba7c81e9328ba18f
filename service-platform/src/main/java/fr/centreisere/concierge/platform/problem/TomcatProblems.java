package fr.centreisere.concierge.platform.problem;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's own error answers as problem documents, when the service runs on Tomcat. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = { "org.apache.catalina.valves.ErrorReportValve",
        "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory" })
public class TomcatProblems {

    @Bean
    TomcatProblemPages tomcatProblemPages() {
        return new TomcatProblemPages();
    }
}
