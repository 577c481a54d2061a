package vn.cnnt.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.UUID;

/**
 * The one rule set every module keeps (each module's {@code ArchitectureTest} calls {@link #check}):
 * <ul>
 *   <li>inside each feature, rest → service → repository, never back; messaging adapters call services;
 *   <li>no cycles between feature packages;
 *   <li>transactions begin in services, never in resources;
 *   <li>JAX-RS stays in resources: services and repositories never see a {@code Response} or a header;
 *   <li>SQL and the {@code EntityManager} only in repositories;
 *   <li>API records (requests, views, event data) never expose an entity;
 *   <li>ids come from {@code RandomIds}, never from {@code UUID.randomUUID()} and its shared lock.
 * </ul>
 * Rules that match nothing in a module (the gateway has no repositories) pass.
 */
public final class ArchitectureRules {

    // By name: the gateway has no JPA or JTA on its class path.
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";

    private ArchitectureRules() {}

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        CompositeArchRule.of(layers(basePackage))
                .and(featuresFreeOfCycles(basePackage))
                .and(noTransactionsInResources())
                .and(jaxRsOnlyInResources())
                .and(persistenceOnlyInRepositories())
                .and(apiFreeOfEntities())
                .and(noSharedLockForIds())
                .allowEmptyShould(true)
                .check(classes);
    }

    static ArchRule layers(String basePackage) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Rest")
                .definedBy(basePackage + "..rest..")
                .layer("Messaging")
                .definedBy(basePackage + "..messaging..")
                .layer("Service")
                .definedBy(basePackage + "..service..")
                .layer("Repository")
                .definedBy(basePackage + "..repository..")
                .whereLayer("Rest")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Messaging")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Service")
                .mayOnlyBeAccessedByLayers("Rest", "Messaging", "Service")
                .whereLayer("Repository")
                .mayOnlyBeAccessedByLayers("Service", "Repository");
    }

    static ArchRule featuresFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles();
    }

    static ArchRule noTransactionsInResources() {
        String because = "a resource translates HTTP; the service it calls owns the transaction";
        return CompositeArchRule.of(noMethods()
                        .that()
                        .areDeclaredInClassesThat()
                        .resideInAPackage("..rest..")
                        .should()
                        .beAnnotatedWith(TRANSACTIONAL)
                        .because(because))
                .and(noClasses()
                        .that()
                        .resideInAPackage("..rest..")
                        .should()
                        .beAnnotatedWith(TRANSACTIONAL)
                        .because(because));
    }

    static ArchRule jaxRsOnlyInResources() {
        return noClasses()
                .that()
                .resideInAnyPackage("..service..", "..repository..", "..messaging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .because("HTTP types stay in the rest layer");
    }

    static ArchRule persistenceOnlyInRepositories() {
        return noClasses()
                .that()
                .resideOutsideOfPackage("..repository..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo("jakarta.persistence.EntityManager")
                .orShould()
                .callMethodWhere(JavaCall.Predicates.target(DescribedPredicate.describe(
                        "a native query", target -> target.getName().equals("createNativeQuery"))))
                .because("SQL lives in repositories");
    }

    static ArchRule apiFreeOfEntities() {
        return noClasses()
                .that()
                .resideInAPackage("..api..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .because("requests and views are separate from entities (no mass assignment, no lazy loads)");
    }

    static ArchRule noSharedLockForIds() {
        return noClasses()
                .should()
                .callMethod(UUID.class, "randomUUID")
                .because("every thread would queue on the JDK's one NativePRNG lock; RandomIds draws per thread");
    }
}
