/** Mentor Sync: one true table of SWAB mentors, synced from Jotform and Givebutter. */
package org.swab.mentorsync;
