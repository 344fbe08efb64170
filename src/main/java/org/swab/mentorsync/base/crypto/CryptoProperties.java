package org.swab.mentorsync.base.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the master key comes from: {@code secretKey} (MENTORSYNC_SECRET_KEY) when set, else {@code keyFile}, which is
 * generated on first start with owner-only permissions.
 */
@ConfigurationProperties("mentorsync.crypto")
public record CryptoProperties(
        String secretKey, @DefaultValue("./data/secret.key") Path keyFile) {

    @Override
    public String toString() {
        return "CryptoProperties[secretKey " + (secretKey == null || secretKey.isBlank() ? "unset" : "hidden")
                + ", keyFile " + keyFile + "]";
    }
}
