package org.swab.mentorsync.contactsync;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pace of the contact sync: requests in flight at once, and Givebutter requests per rolling minute (their limit is
 * 500; the default leaves room for the other calls made with the same key).
 */
@ConfigurationProperties("mentorsync.contact-sync")
public record ContactSyncProperties(
        @DefaultValue("5") int concurrency,
        @DefaultValue("490") int requestsPerMinute) {}
