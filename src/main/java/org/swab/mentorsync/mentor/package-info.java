/** Mentors, their tasks and their linked Givebutter contacts: the core every feature uses. Depends on no feature. */
@ApplicationModule(allowedDependencies = "base")
package org.swab.mentorsync.mentor;

import org.springframework.modulith.ApplicationModule;
