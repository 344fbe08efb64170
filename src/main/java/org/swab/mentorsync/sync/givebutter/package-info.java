/** Givebutter REST API client: campaigns by code, campaign members, paged to meta.last_page; response records. */
package org.swab.mentorsync.sync.givebutter;
