/** Givebutter contacts CSV uploads: parsing, the full-contacts snapshot and the upload log. */
package org.swab.mentorsync.importing;
