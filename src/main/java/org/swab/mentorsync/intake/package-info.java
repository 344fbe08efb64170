/**
 * Intake: the raw Jotform and Givebutter rows (raw_* tables) and the ETL that turns them into mentors and tasks in one
 * transaction. The rules (mentor ids, phones, names, de-duplication, linking, status) are pure code, tested without
 * Spring.
 */
@ApplicationModule(allowedDependencies = {"base", "mentor", "conflict", "export", "jotform", "givebutter"})
package org.swab.mentorsync.intake;

import org.springframework.modulith.ApplicationModule;
