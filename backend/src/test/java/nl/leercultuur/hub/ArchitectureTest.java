package nl.leercultuur.hub;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Package by feature, kept honest. Features are found by scanning: every package directly under
 * {@code nl.leercultuur.hub} except {@code shared} is a feature, so a new feature is checked without editing this test.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.leercultuur.hub";

    private static JavaClasses classes;
    private static Set<String> features;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        features = classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .filter(f -> !f.equals("shared"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void shouldFindTheFeaturesByScanning() {
        assertTrue(features.containsAll(Set.of("identity", "themes", "knowledge")), "features found: " + features);
        assertFalse(features.contains("shared"));
    }

    @Test
    void shouldLetFeaturesUseEachOtherOnlyThroughServicesDtosAndDomainEnums() {
        for (String feature : features) {
            String pkg = ROOT + "." + feature + "..";
            noClasses().that().resideOutsideOfPackage(pkg)
                    .should().dependOnClassesThat(resideInAPackage(pkg)
                            .and(not(simpleNameEndingWith("Service")))
                            .and(not(resideInAPackage(ROOT + "." + feature + ".dto..")))
                            .and(not(assignableTo(Enum.class))))
                    .because("feature '" + feature + "' is used by others only through its service, its dto package "
                            + "and its domain enums")
                    .check(classes);
        }
    }

    @Test
    void shouldKeepSharedIndependentOfFeatures() {
        for (String feature : features) {
            noClasses().that().resideInAPackage(ROOT + ".shared..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + "..")
                    .check(classes);
        }
    }

    @Test
    void shouldKeepHttpAndVertxOutOfServices() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..")
                .because("services own transactions and rules; the caller's language comes from RequestLanguage")
                .check(classes);
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

    @Test
    void shouldKeepDomainEnumsOutOfDtoPackages() {
        noClasses().that().resideInAPackage("..dto..").should().beAssignableTo(Enum.class)
                .because("domain enums live in their feature, not in dto/")
                .check(classes);
    }

    @Test
    void shouldGiveEveryFeatureWithEntitiesOneAccessPolicy() {
        for (String feature : features) {
            String pkg = ROOT + "." + feature;
            boolean hasEntities = classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)
                    && c.isAnnotatedWith(Entity.class));
            long policies = classes.stream().filter(c -> c.getPackageName().equals(pkg)
                    && c.getSimpleName().endsWith("AccessPolicy")).count();
            if (hasEntities) {
                assertTrue(policies == 1, "feature '" + feature + "' has entities, so it needs exactly one "
                        + "<Feature>AccessPolicy in " + pkg + " (found " + policies + ")");
            }
        }
    }
}
