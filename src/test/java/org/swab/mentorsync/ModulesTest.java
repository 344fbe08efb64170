package org.swab.mentorsync;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module rules (docs/architecture.md): no cycles, only exposed types used, allowed dependencies kept. */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void every_module_keeps_to_its_allowed_dependencies_and_exposed_types() {
        MODULES.verify();
    }

    @Test
    void the_module_diagram_in_docs_is_written_from_the_code() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
