package org.swab.mentorsync.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses /api requests that a browser sends on behalf of another site ({@code Sec-Fetch-Site: cross-site}, or an
 * {@code Origin} other than the app's own). HTTP Basic is stateless, but a browser that knows the credential would
 * attach it to a forged request; scripts send neither header and pass.
 */
final class CrossSiteApiRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteApiRequestFilter.class);
    private static final ApiErrorResponse REFUSED = new ApiErrorResponse(
            "cross_site_request", "The API does not answer requests from other sites' pages; call it from a script.");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSite(request)) {
            log.debug(
                    "Refused a cross-site {} {} (Origin {})",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getHeader("Origin"));
            REFUSED.writeTo(response, HttpStatus.FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !isOwnOrigin(origin, request);
    }

    /** Scheme, host and port as the client saw them: the request's, after the forwarded headers are applied. */
    private static boolean isOwnOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
        // "null" (sandboxed pages, file://) has neither: nobody's own origin
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && effectivePort(scheme, uri.getPort()) == effectivePort(scheme, request.getServerPort());
    }

    private static int effectivePort(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
