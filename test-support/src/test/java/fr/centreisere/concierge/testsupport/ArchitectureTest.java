package fr.centreisere.concierge.testsupport;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.centreisere.concierge.testsupport.Conventions;

/** The tests' support follows the conventions it checks. */
@AnalyzeClasses(packages = "fr.centreisere.concierge.testsupport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests conventions = ArchTests.in(Conventions.class);
}
