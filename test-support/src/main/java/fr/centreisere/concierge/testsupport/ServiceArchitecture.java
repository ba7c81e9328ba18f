package fr.centreisere.concierge.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.springframework.context.annotation.Configuration;

/**
 * How every MVC service is written (STYLE.md), as ArchUnit rules that each service's
 * {@code ArchitectureTest} takes in with {@code @ArchTest static final ArchTests shape =
 * ArchTests.in(ServiceArchitecture.class)}, next to the rules that are its own: which packages hold
 * its domain ({@link #domainKnowsNoFramework}) and what its adapters may not reach.
 */
public final class ServiceArchitecture {

    /** What a feature's domain never depends on: it speaks the territory's language, not the frameworks'. */
    private static final String[] FRAMEWORKS = { "org.springframework..", "org.bson..", "com.mongodb..", "feign..",
            "io.github.resilience4j..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta.." };

    /** Null-safety, package by feature, no field injection, one page shape, …: what every module follows. */
    @ArchTest
    public static final ArchTests conventions = ArchTests.in(Conventions.class);

    /** Features (the packages right under a service's own: fr.centreisere.concierge.<service>.<feature>). */
    @ArchTest
    public static final ArchRule featuresHaveNoCycles = slices()
            .matching("fr.centreisere.concierge.(*).(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule settingUpStaysInSystem = classes()
            .that().areAnnotatedWith(Configuration.class)
            .should().resideInAPackage("fr.centreisere.concierge.*.system..")
            .andShould().notBePublic()
            .allowEmptyShould(false);

    private ServiceArchitecture() {
    }

    /**
     * The domain of the features in these packages (their top level, not their web, mongo, feign, seed
     * or schedule adapters) knows no framework. Each package must hold classes, so the rule checks something.
     */
    public static ArchRule domainKnowsNoFramework(String... domainPackages) {
        return CompositeArchRule.of(Arrays.stream(domainPackages).map(domainPackage -> noClasses()
                .that().resideInAPackage(domainPackage)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(false)
                .because("the domain speaks the territory's language, not the frameworks' (STYLE.md)")).toList());
    }
}
