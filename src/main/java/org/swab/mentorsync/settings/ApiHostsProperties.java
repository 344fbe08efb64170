package org.swab.mentorsync.settings;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hosts besides Jotform's and Givebutter's own that a base URL may name, over http or https
 * ({@code MENTORSYNC_API_EXTRA_HOSTS}, comma-separated names or IPs): local test servers and simulators.
 */
@ConfigurationProperties("mentorsync.api")
record ApiHostsProperties(@DefaultValue List<String> extraHosts) {

    Set<String> normalizedExtraHosts() {
        return extraHosts.stream()
                .map(ApiBaseUrls::normalizeHost)
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
