/** Text-message campaigns to mentors. */
package org.swab.mentorsync.communication;
