package org.swab.mentorsync.settings;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Compares API base URLs by origin (scheme, host, port): a key belongs to the origin it was entered for. */
public final class ApiBaseUrls {

    private ApiBaseUrls() {}

    /** True when both URLs parse and name the same scheme, host and port (an absent port is the scheme's default). */
    public static boolean sameOrigin(String first, String second) {
        URI a = parse(first);
        URI b = parse(second);
        return a != null
                && b != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && normalizeHost(a.getHost()).equals(normalizeHost(b.getHost()))
                && port(a) == port(b);
    }

    /** An absolute URL with a scheme and a host, or null. */
    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            return uri.getScheme() == null || uri.getHost() == null ? null : uri;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Lower case, without the brackets of an IPv6 literal. */
    static String normalizeHost(String host) {
        String trimmed = Objects.requireNonNullElse(host, "").trim().toLowerCase(Locale.ROOT);
        return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
