/** The contacts upload dialog and its button on the Mentors page. */
package org.swab.mentorsync.importing.ui;
