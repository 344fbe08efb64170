/** The conflict review dialog, opened from the mentor grid, the error log and the Sync page. */
@NamedInterface("ui")
package org.swab.mentorsync.conflict.ui;

import org.springframework.modulith.NamedInterface;
