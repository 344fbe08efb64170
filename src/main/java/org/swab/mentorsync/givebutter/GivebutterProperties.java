package org.swab.mentorsync.givebutter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Givebutter paging. Timeouts and retries are in {@code mentorsync.http}; base URL and key in sync_config. */
@ConfigurationProperties("mentorsync.givebutter")
public record GivebutterProperties(
        @DefaultValue("100") int perPage,
        @DefaultValue("500") int maxPages) {}
