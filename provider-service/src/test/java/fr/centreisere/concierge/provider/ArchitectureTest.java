package fr.centreisere.concierge.provider;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import fr.centreisere.concierge.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "fr.centreisere.concierge.provider", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shapeOfEveryService = ArchTests.in(ServiceArchitecture.class);

    /** The domain of each feature: its top-level package, without web, mongo, feign, schedule, seed. */
    @ArchTest
    static final ArchRule domainKnowsNoFramework = ServiceArchitecture.domainKnowsNoFramework(
            "fr.centreisere.concierge.provider.member",
            "fr.centreisere.concierge.provider.job",
            "fr.centreisere.concierge.provider.impact");
}
