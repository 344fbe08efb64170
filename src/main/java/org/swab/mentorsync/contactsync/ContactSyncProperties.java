package org.swab.mentorsync.contactsync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pace of the contact sync: requests in flight at once, and Givebutter requests per rolling minute (their limit is
 * 500; the default leaves room for the other calls made with the same key) and the window they are counted in (a
 * minute plus a second for the time between taking a slot and the request reaching Givebutter).
 */
@ConfigurationProperties("mentorsync.contact-sync")
public record ContactSyncProperties(
        @DefaultValue("5") int concurrency,
        @DefaultValue("490") int requestsPerMinute,
        @DefaultValue("61s") Duration window) {}
