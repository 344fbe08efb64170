/** Setting the system up: the Settings page and the initialization wizard, over settings, sync and importing. */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "settings",
            "sync",
            "importing",
            "importing::ui",
            "mentor",
            "jotform",
            "givebutter",
            "conflict",
            "export",
            "export::ui",
            "season"
        })
package org.swab.mentorsync.setup;

import org.springframework.modulith.ApplicationModule;
