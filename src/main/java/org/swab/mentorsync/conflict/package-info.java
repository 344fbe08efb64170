/**
 * Logged anomalies (mn_errors): conflicts, duplicates and bad input, logged once per cause; Givebutter-vs-Jotform
 * conflict review.
 */
@ApplicationModule(allowedDependencies = {"base", "mentor", "mentor::ui", "givebutter"})
package org.swab.mentorsync.conflict;

import org.springframework.modulith.ApplicationModule;
