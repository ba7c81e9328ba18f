package fr.centreisere.concierge.discovery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The registry owns no data and no business: it stays a bare Eureka server. */
@AnalyzeClasses(packages = "fr.centreisere.concierge.discovery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ownsNoData = classes()
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework.data..", "com.mongodb..");
}
