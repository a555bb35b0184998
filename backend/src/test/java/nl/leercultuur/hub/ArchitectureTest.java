package nl.leercultuur.hub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package by feature, kept honest: features meet only through services and DTOs; resources stay thin. */
class ArchitectureTest {

    private static final String ROOT = "nl.leercultuur.hub";
    private static final List<String> FEATURES = List.of("identity", "themes", "knowledge");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void shouldLetFeaturesUseEachOtherOnlyThroughServicesAndDtos() {
        for (String feature : FEATURES) {
            String pkg = ROOT + "." + feature + "..";
            noClasses().that().resideOutsideOfPackage(pkg)
                    .should().dependOnClassesThat(resideInAPackage(pkg)
                            .and(not(simpleNameEndingWith("Service")))
                            .and(not(resideInAPackage(ROOT + "." + feature + ".dto.."))))
                    .because("feature '" + feature + "' is used by others only through its service and dto package")
                    .check(classes);
        }
    }

    @Test
    void shouldKeepSharedIndependentOfFeatures() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage(ROOT + ".shared..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + "..")
                    .check(classes);
        }
    }

    @Test
    void shouldKeepEntitiesAndRepositoriesOutOfResources() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("resources translate HTTP to service calls; entities never leave the service layer")
                .check(classes);
    }

    @Test
    void shouldKeepEntitiesOutOfDtos() {
        noClasses().that().resideInAPackage("..dto..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }
}
