/** Givebutter REST API client: campaigns by code, campaign members, paged to meta.last_page; response records. */
@ApplicationModule(allowedDependencies = {"base", "mentor"})
package org.swab.mentorsync.givebutter;

import org.springframework.modulith.ApplicationModule;
