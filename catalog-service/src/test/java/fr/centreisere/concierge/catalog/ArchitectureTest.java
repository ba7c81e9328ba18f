package fr.centreisere.concierge.catalog;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import fr.centreisere.concierge.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "fr.centreisere.concierge.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shapeOfEveryService = ArchTests.in(ServiceArchitecture.class);

    /** The top level of each feature (not its web, mongo, feign, seed or schedule adapters): the domain. */
    @ArchTest
    static final ArchRule domainKnowsNoFramework = ServiceArchitecture.domainKnowsNoFramework(
            "fr.centreisere.concierge.catalog.text",
            "fr.centreisere.concierge.catalog.territory",
            "fr.centreisere.concierge.catalog.category",
            "fr.centreisere.concierge.catalog.coverage",
            "fr.centreisere.concierge.catalog.offering");
}
