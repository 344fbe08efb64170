/** REST for one mentor's Givebutter link: DELETE /api/mentors/{mnId}/contact. */
package org.swab.mentorsync.mentor.web;
