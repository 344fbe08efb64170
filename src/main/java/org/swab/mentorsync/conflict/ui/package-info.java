/** The conflict review dialog, opened from the mentor grid, the error log and the Sync page. */
package org.swab.mentorsync.conflict.ui;
