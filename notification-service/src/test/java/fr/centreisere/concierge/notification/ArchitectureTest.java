package fr.centreisere.concierge.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import fr.centreisere.concierge.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "fr.centreisere.concierge.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shapeOfEveryService = ArchTests.in(ServiceArchitecture.class);

    /** The features' domain: their top-level packages. */
    @ArchTest
    static final ArchRule domainKnowsNoFramework = ServiceArchitecture.domainKnowsNoFramework(
            "fr.centreisere.concierge.notification.message",
            "fr.centreisere.concierge.notification.event",
            "fr.centreisere.concierge.notification.recipient",
            "fr.centreisere.concierge.notification.inbox",
            "fr.centreisere.concierge.notification.mail",
            "fr.centreisere.concierge.notification.summary");

    @ArchTest
    static final ArchRule adaptersStayOutOfEachOther = noClasses()
            .that().resideInAnyPackage("..web..", "..feign..", "..thymeleaf..", "..smtp..")
            .should().dependOnClassesThat().resideInAnyPackage("..mongo..")
            .allowEmptyShould(false);

    /** Templates and SMTP are adapters: the use cases reach them through their ports. */
    @ArchTest
    static final ArchRule useCasesKnowNoTemplateEngineOrMailServer = noClasses()
            .that().resideInAnyPackage("fr.centreisere.concierge.notification.mail", "fr.centreisere.concierge.notification.event")
            .should().dependOnClassesThat().resideInAnyPackage("org.thymeleaf..", "jakarta.mail..")
            .allowEmptyShould(false);
}
