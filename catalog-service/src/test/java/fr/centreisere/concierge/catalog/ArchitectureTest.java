package fr.centreisere.concierge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.context.annotation.Configuration;

@AnalyzeClasses(packages = "fr.centreisere.concierge.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices()
            .matching("fr.centreisere.concierge.catalog.(*)..")
            .should().beFreeOfCycles();

    /** The top level of each feature (not its web, mongo, feign, seed or schedule adapters): the domain. */
    static final String[] DOMAIN_PACKAGES = {
            "fr.centreisere.concierge.catalog.text",
            "fr.centreisere.concierge.catalog.territory",
            "fr.centreisere.concierge.catalog.category",
            "fr.centreisere.concierge.catalog.coverage",
            "fr.centreisere.concierge.catalog.offering" };

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses()
            .that().resideInAnyPackage(DOMAIN_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.bson..", "com.mongodb..", "feign..", "io.github.resilience4j..",
                    "tools.jackson..", "com.fasterxml.jackson..", "jakarta.validation..", "jakarta.servlet..")
            .because("the domain speaks the territory's language, not the frameworks' (STYLE.md)");

    /** Every package the rule above names really holds classes, so that the rule checks something. */
    @ArchTest
    static void everyDomainPackageNamedExists(JavaClasses classes) {
        for (String domainPackage : DOMAIN_PACKAGES) {
            assertThat(classes.that(JavaClass.Predicates.resideInAPackage(domainPackage))).as(domainPackage).isNotEmpty();
        }
    }

    @ArchTest
    static final ArchRule settingUpStaysInSystem = classes()
            .that().areAnnotatedWith(Configuration.class)
            .should().resideInAPackage("fr.centreisere.concierge.catalog.system..")
            .andShould().notBePublic();
}
