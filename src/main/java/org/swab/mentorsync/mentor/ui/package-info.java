/** The Mentors page. */
package org.swab.mentorsync.mentor.ui;
