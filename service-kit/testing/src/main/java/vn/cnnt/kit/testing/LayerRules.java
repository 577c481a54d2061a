package vn.cnnt.kit.testing;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering every service keeps inside each feature: rest → service → repository, never back.
 * Entities live at the feature root; messaging adapters call services.
 */
public final class LayerRules {

    private LayerRules() {}

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        layeredArchitecture()
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
                .mayOnlyBeAccessedByLayers("Service", "Repository")
                .check(classes);
    }
}
