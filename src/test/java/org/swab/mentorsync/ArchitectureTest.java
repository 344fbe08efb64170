package org.swab.mentorsync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The house rules of style.md that Spring Modulith does not check (module dependencies: ModulesTest), on the compiled
 * classes.
 */
class ArchitectureTest {

    private static final String ROOT = "org.swab.mentorsync";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Stream<Class<?>> databaseAccess() {
        return Stream.of(Repository.class, EntityManager.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class);
    }

    @ParameterizedTest(name = "nothing under ui touches {0}")
    @MethodSource("databaseAccess")
    void views_dialogs_and_panels_call_services_never_the_database(Class<?> databaseAccess) {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(databaseAccess)
                .check(CLASSES);
    }

    @Test
    void views_do_not_open_transactions() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void matching_is_pure_code_without_spring_or_a_database() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".matching..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void quartz_jobs_live_in_job_packages() {
        classes()
                .that()
                .implement(org.quartz.Job.class)
                .should()
                .resideInAPackage("..job..")
                .check(CLASSES);
    }
}
