/**
 * Matching Givebutter contacts to mentors and finding duplicate contacts: pure code over identifiers, no Spring, no
 * database. Depends on no feature.
 */
package org.swab.mentorsync.matching;
