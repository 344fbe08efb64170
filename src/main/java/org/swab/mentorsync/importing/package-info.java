/** Givebutter contacts CSV uploads: parsing, the full-contacts snapshot and the upload log. */
@ApplicationModule(allowedDependencies = {"base", "mentor", "mentor::ui", "matching", "conflict", "intake", "export"})
package org.swab.mentorsync.importing;

import org.springframework.modulith.ApplicationModule;
