/** REST for the mentors: the list with filters, one mentor, the funnel, training, the Givebutter unlink. */
package org.swab.mentorsync.mentor.web;
