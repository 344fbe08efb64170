/** The read-only Past seasons page: an archived season's mentors in a lazy grid and its tables as CSV. */
package org.swab.mentorsync.season.ui;
