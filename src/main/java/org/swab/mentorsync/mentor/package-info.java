/** Mentors, their tasks and their linked Givebutter contacts: the core every feature uses. Depends on no feature. */
package org.swab.mentorsync.mentor;
