package fr.centreisere.concierge.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The conventions of every module (docs/ARCHITECTURE.md, « Conventions »), as ArchUnit rules that each
 * module's {@code ArchitectureTest} takes in with {@code @ArchTest static final ArchTests conventions =
 * ArchTests.in(Conventions.class)} (an MVC service through {@link ServiceArchitecture}). A rule the code broke
 * when it was written is frozen ({@link FreezingArchRule}): the violations of that day are stored under the
 * module's {@code src/test/archunit-store/} (see {@code archunit.properties}), a new one fails, and one fixed
 * leaves the store.
 */
public final class Conventions {

    /** The one page record of every list (service-platform's). */
    static final String PAGE = "fr.centreisere.concierge.platform.page.Page";

    private static final Set<String> PAGE_MEMBERS = Set.of("content", "page", "size", "totalElements");

    /** Every package says that what it holds is never null unless marked {@code @Nullable} (JSpecify). */
    @ArchTest
    public static final ArchRule everyPackageIsNullMarked = classes()
            .should(new ArchCondition<JavaClass>("reside in a package annotated with @NullMarked (its package-info.java)") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!type.getPackage().isAnnotatedWith("org.jspecify.annotations.NullMarked")) {
                        events.add(SimpleConditionEvent.violated(type,
                                type.getPackageName() + " is not @NullMarked (" + type.getSimpleName() + ")"));
                    }
                }
            });

    /** Constructor injection (frozen for test-support's {@code ServiceStartsContract}: a JUnit base class). */
    @ArchTest
    public static final ArchRule noFieldInjection = FreezingArchRule.freeze(
            GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION);

    /** Logs, not the standard streams: System.out, System.err, printStackTrace. */
    @ArchTest
    public static final ArchRule noStandardStreams = FreezingArchRule.freeze(
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS);

    /** Package by feature: a feature's HTTP edge is its {@code web} package, and its controllers say so by name. */
    @ArchTest
    public static final ArchRule controllersAreTheWebPackages = FreezingArchRule.freeze(classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .or().areAnnotatedWith("org.springframework.stereotype.Controller")
            .should().resideInAPackage("..web..")
            .andShould().haveSimpleNameEndingWith("Controller")
            .allowEmptyShould(true));

    /** The web edge depends on the domain, never the other way (the set-up, {@code system}, wires both). */
    @ArchTest
    public static final ArchRule onlyTheEdgeKnowsTheWeb = noClasses()
            .that().resideOutsideOfPackages("..web..", "..system..")
            .should().dependOnClassesThat().resideInAPackage("fr.centreisere.concierge..web..")
            .allowEmptyShould(true);

    /** A Feign client is an adapter: it sits in a {@code feign} package, behind a port of its feature. */
    @ArchTest
    public static final ArchRule feignClientsAreAdapters = classes()
            .that().areAnnotatedWith("org.springframework.cloud.openfeign.FeignClient")
            .should().resideInAPackage("..feign..")
            .allowEmptyShould(true);

    /** Every list is answered as one page shape: service-platform's {@code Page}, never a copy of it. */
    @ArchTest
    public static final ArchRule onePageShape = classes()
            .that().doNotHaveFullyQualifiedName(PAGE)
            .should(new ArchCondition<JavaClass>("not copy the page shape {content, page, size, totalElements} (use " + PAGE + ")") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    Set<String> fields = type.getFields().stream().map(JavaField::getName).collect(Collectors.toSet());
                    if (fields.containsAll(PAGE_MEMBERS)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " copies the page shape"));
                    }
                }
            })
            .allowEmptyShould(true);

    /** Typed settings are named for what they are: {@code XxxProperties}. */
    @ArchTest
    public static final ArchRule settingsAreNamedProperties = FreezingArchRule.freeze(classes()
            .that().areAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
            .should().haveSimpleNameEndingWith("Properties")
            .allowEmptyShould(true));

    /** The time comes from an injected {@code Clock}: never {@code now()} without one (STYLE.md). */
    @ArchTest
    public static final ArchRule timeComesFromAClock = FreezingArchRule.freeze(noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("now() without a Clock", (JavaMethodCall call) ->
                    call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
                            && Set.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class,
                                    ZonedDateTime.class, YearMonth.class).stream()
                                    .anyMatch(time -> call.getTargetOwner().isEquivalentTo(time))))
            .allowEmptyShould(true));

    private Conventions() {
    }
}
