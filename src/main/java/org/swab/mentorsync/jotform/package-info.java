/** Jotform REST API client: key test, form discovery, paged submissions; response records and answer reading. */
@ApplicationModule(allowedDependencies = {"base"})
package org.swab.mentorsync.jotform;

import org.springframework.modulith.ApplicationModule;
