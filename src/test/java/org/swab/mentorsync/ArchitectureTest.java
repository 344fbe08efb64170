package org.swab.mentorsync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The house rules of style.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final String ROOT = "org.swab.mentorsync";
    private static final String[] FEATURES = {"mentor", "importing", "matching", "sync", "conflict", "export",
            "communication", "settings"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void views_call_services_never_repositories_or_the_database() {
        noClasses().that().areAnnotatedWith(Route.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .check(classes);
    }

    @Test
    void views_do_not_open_transactions() {
        noClasses().that().resideInAPackage("..ui..")
                .should().beAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void mentor_uses_no_other_feature() {
        noClasses().that().resideInAPackage(ROOT + ".mentor..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackagesExcept("mentor"))
                .check(classes);
    }

    @Test
    void base_uses_no_feature() {
        noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackagesExcept())
                .check(classes);
    }

    @Test
    void only_settings_drives_importing_and_sync_besides_themselves() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".importing..", ROOT + ".settings..",
                        ROOT + ".communication..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".importing..")
                .check(classes);
    }

    @Test
    void quartz_jobs_live_in_job_packages() {
        classes().that().implement(org.quartz.Job.class).should().resideInAPackage("..job..").check(classes);
    }

    private static String[] featurePackagesExcept(String... allowed) {
        return java.util.Arrays.stream(FEATURES)
                .filter(feature -> !java.util.Arrays.asList(allowed).contains(feature))
                .map(feature -> ROOT + "." + feature + "..")
                .toArray(String[]::new);
    }
}
