/** Text-message campaigns to mentors: recipients, templates, SMS segments, the platform CSV and its history. */
@ApplicationModule(allowedDependencies = {"base", "mentor", "mentor::ui", "importing", "importing::ui", "intake"})
package org.swab.mentorsync.communication;

import org.springframework.modulith.ApplicationModule;
