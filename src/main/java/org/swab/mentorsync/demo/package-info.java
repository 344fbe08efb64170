/** Demo mode (profile {@code demo}): built-in Jotform and Givebutter simulators with a seeded season, for newcomers. */
@ApplicationModule(allowedDependencies = {"base", "mentor", "settings", "givebutter"})
package org.swab.mentorsync.demo;

import org.springframework.modulith.ApplicationModule;
