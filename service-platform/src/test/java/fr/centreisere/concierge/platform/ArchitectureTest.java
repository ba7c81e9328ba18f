package fr.centreisere.concierge.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.centreisere.concierge.testsupport.Conventions;

/** What every service shares follows the conventions it asks of them. */
@AnalyzeClasses(packages = "fr.centreisere.concierge.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests conventions = ArchTests.in(Conventions.class);
}
