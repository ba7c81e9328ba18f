package fr.centreisere.concierge.provider;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.context.annotation.Configuration;

@AnalyzeClasses(packages = "fr.centreisere.concierge.provider", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices()
            .matching("fr.centreisere.concierge.provider.(*)..")
            .should().beFreeOfCycles();

    /**
     * The domain of each feature (its top-level package, without web, mongo, feign, schedule, seed)
     * knows no framework. ArchUnit fails a rule whose packages hold no class, so each rule names a real package.
     */
    @ArchTest
    static final ArchRule memberDomainKnowsNoFramework = domainOf("member");

    @ArchTest
    static final ArchRule jobDomainKnowsNoFramework = domainOf("job");

    @ArchTest
    static final ArchRule impactDomainKnowsNoFramework = domainOf("impact");

    private static ArchRule domainOf(String feature) {
        return noClasses()
                .that().resideInAPackage("fr.centreisere.concierge.provider." + feature)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.bson..", "com.mongodb..", "feign..", "tools.jackson..",
                        "com.fasterxml.jackson..", "jakarta.servlet..", "jakarta.validation..", "io.github.resilience4j..")
                .as("the %s domain knows no Spring, Mongo, Feign or Jackson".formatted(feature));
    }

    @ArchTest
    static final ArchRule settingUpStaysInSystem = classes()
            .that().areAnnotatedWith(Configuration.class)
            .should().resideInAPackage("fr.centreisere.concierge.provider.system..")
            .andShould().notBePublic();
}
