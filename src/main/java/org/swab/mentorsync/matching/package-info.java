/**
 * Matching Givebutter contacts to mentors and finding duplicate contacts: pure code over identifiers, no Spring, no
 * database. Uses only the phone and email normalisers of mentor.
 */
@ApplicationModule(allowedDependencies = "mentor")
package org.swab.mentorsync.matching;

import org.springframework.modulith.ApplicationModule;
