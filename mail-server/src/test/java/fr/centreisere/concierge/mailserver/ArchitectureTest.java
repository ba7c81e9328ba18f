package fr.centreisere.concierge.mailserver;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.centreisere.concierge.testsupport.Conventions;

/** The local mail server follows the conventions of every module. */
@AnalyzeClasses(packages = "fr.centreisere.concierge.mailserver", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests conventions = ArchTests.in(Conventions.class);
}
