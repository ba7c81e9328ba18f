package fr.centreisere.concierge.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import fr.centreisere.concierge.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "fr.centreisere.concierge.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shapeOfEveryService = ArchTests.in(ServiceArchitecture.class);

    /** The features' domain: their top-level packages. */
    @ArchTest
    static final ArchRule domainKnowsNoFramework = ServiceArchitecture.domainKnowsNoFramework(
            "fr.centreisere.concierge.order.orders",
            "fr.centreisere.concierge.order.catalog",
            "fr.centreisere.concierge.order.availability",
            "fr.centreisere.concierge.order.dispatch",
            "fr.centreisere.concierge.order.money",
            "fr.centreisere.concierge.order.company",
            "fr.centreisere.concierge.order.impact", "fr.centreisere.concierge.order.invoice");

    @ArchTest
    static final ArchRule adaptersStayOutOfEachOther = noClasses()
            .that().resideInAnyPackage("..orders.web..", "..catalog.feign..", "..dispatch.feign..",
                    "..availability.feign..", "..company.web..",
                    "..company.seed..", "..impact.web..", "..impact.feign..", "..invoice.web..", "..invoice.feign..",
                    "..invoice.facturx..", "..invoice.seed..")
            .should().dependOnClassesThat().resideInAnyPackage("..mongo..")
            .allowEmptyShould(false);
}
