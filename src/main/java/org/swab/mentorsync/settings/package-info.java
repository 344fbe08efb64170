/** System settings: the sync_config row (API keys encrypted, form ids, campaign, schedules), key tests, discovery. */
@ApplicationModule(allowedDependencies = {"base", "jotform", "givebutter"})
package org.swab.mentorsync.settings;

import org.springframework.modulith.ApplicationModule;
