package fr.centreisere.concierge.embeddedmongodb;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.centreisere.concierge.testsupport.Conventions;

/** The local store follows the conventions of every module. */
@AnalyzeClasses(packages = "fr.centreisere.concierge.embeddedmongodb", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests conventions = ArchTests.in(Conventions.class);
}
