/** Jotform REST API client: key test, form discovery, paged submissions; response records and answer reading. */
package org.swab.mentorsync.sync.jotform;
