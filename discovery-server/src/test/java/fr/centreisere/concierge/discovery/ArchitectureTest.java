package fr.centreisere.concierge.discovery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.centreisere.concierge.testsupport.Conventions;

/** The registry owns no data and no business: it stays a bare Eureka server. */
@AnalyzeClasses(packages = "fr.centreisere.concierge.discovery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What every module follows (test-support's Conventions). */
    @ArchTest
    static final ArchTests conventions = ArchTests.in(Conventions.class);

    @ArchTest
    static final ArchRule ownsNoData = classes()
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework.data..", "com.mongodb..");
}
