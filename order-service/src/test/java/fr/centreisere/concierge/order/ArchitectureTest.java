package fr.centreisere.concierge.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.context.annotation.Configuration;

@AnalyzeClasses(packages = "fr.centreisere.concierge.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices()
            .matching("fr.centreisere.concierge.order.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule settingUpStaysInSystem = classes()
            .that().areAnnotatedWith(Configuration.class)
            .should().resideInAPackage("fr.centreisere.concierge.order.system..")
            .andShould().notBePublic();

    /** The features' domain (their top-level packages, which exist): no framework, database, HTTP client or JSON. */
    @ArchTest
    static final ArchRule domainStaysFreeOfFrameworks = noClasses()
            .that().resideInAnyPackage("fr.centreisere.concierge.order.orders", "fr.centreisere.concierge.order.catalog",
                    "fr.centreisere.concierge.order.dispatch", "fr.centreisere.concierge.order.money",
                    "fr.centreisere.concierge.order.company")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "feign..", "tools.jackson..", "com.fasterxml.jackson..", "io.github.resilience4j..", "jakarta..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule adaptersStayOutOfEachOther = noClasses()
            .that().resideInAnyPackage("..orders.web..", "..catalog.feign..", "..dispatch.feign..", "..company.web..",
                    "..company.seed..")
            .should().dependOnClassesThat().resideInAnyPackage("..mongo..")
            .allowEmptyShould(false);
}
