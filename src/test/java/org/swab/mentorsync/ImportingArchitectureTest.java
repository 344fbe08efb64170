package org.swab.mentorsync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of style.md for the contacts upload (importing, matching) and the mentor core it extends. */
class ImportingArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.swab.mentorsync");

    @Test
    void importing_uses_no_feature_but_matching_conflict_and_mentor() {
        noClasses().that().resideInAPackage("org.swab.mentorsync.importing..").should().dependOnClassesThat()
                .resideInAnyPackage("org.swab.mentorsync.sync..", "org.swab.mentorsync.export..",
                        "org.swab.mentorsync.settings..", "org.swab.mentorsync.communication..")
                .check(CLASSES);
    }

    @Test
    void only_settings_and_communication_use_importing() {
        noClasses().that().resideOutsideOfPackages("org.swab.mentorsync.importing..",
                        "org.swab.mentorsync.settings..", "org.swab.mentorsync.communication..")
                .should().dependOnClassesThat().resideInAPackage("org.swab.mentorsync.importing..")
                .check(CLASSES);
    }

    @Test
    void matching_is_pure_code_without_spring_or_a_database() {
        noClasses().that().resideInAPackage("org.swab.mentorsync.matching..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..",
                        "org.swab.mentorsync.importing..", "org.swab.mentorsync.conflict..",
                        "org.swab.mentorsync.sync..")
                .check(CLASSES);
    }

    @Test
    void conflict_and_mentor_use_no_other_feature() {
        noClasses().that().resideInAnyPackage("org.swab.mentorsync.conflict..", "org.swab.mentorsync.mentor..")
                .should().dependOnClassesThat().resideInAnyPackage("org.swab.mentorsync.importing..",
                        "org.swab.mentorsync.matching..", "org.swab.mentorsync.sync..",
                        "org.swab.mentorsync.export..", "org.swab.mentorsync.settings..",
                        "org.swab.mentorsync.communication..")
                .check(CLASSES);
    }
}
