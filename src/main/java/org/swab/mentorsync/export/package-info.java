/** The staged Givebutter contact import (mn_gb_import), rebuilt by every ETL run. */
@ApplicationModule(allowedDependencies = {"base", "mentor", "mentor::ui", "givebutter"})
package org.swab.mentorsync.export;

import org.springframework.modulith.ApplicationModule;
