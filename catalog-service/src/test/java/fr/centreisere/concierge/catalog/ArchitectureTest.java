package fr.centreisere.concierge.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @ArchTest
    static final ArchRule settingUpStaysInSystem = classes()
            .that().areAnnotatedWith(Configuration.class)
            .should().resideInAPackage("fr.centreisere.concierge.catalog.system..")
            .andShould().notBePublic();
}
