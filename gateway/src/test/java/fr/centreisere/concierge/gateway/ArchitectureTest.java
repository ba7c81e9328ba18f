package fr.centreisere.concierge.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import fr.centreisere.concierge.testsupport.Conventions;

@AnalyzeClasses(packages = "fr.centreisere.concierge.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What every module follows (test-support's Conventions). */
    @ArchTest
    static final ArchTests conventions = ArchTests.in(Conventions.class);

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices()
            .matching("fr.centreisere.concierge.gateway.(*)..")
            .should().beFreeOfCycles();

    /** The identity feature's domain (its top-level package: not web, mongo, bcrypt, memory, demo) knows no framework. */
    @ArchTest
    static final ArchRule identityDomainIsFrameworkFree = noClasses()
            .that().resideInAPackage("fr.centreisere.concierge.gateway.identity")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                    "feign..", "tools.jackson..", "com.fasterxml.jackson..", "com.nimbusds..");

    @ArchTest
    static final ArchRule routingIsReactiveOnly = classes()
            .that().resideInAPackage("fr.centreisere.concierge.gateway.routing..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework.web.servlet..", "jakarta.servlet..");
}
