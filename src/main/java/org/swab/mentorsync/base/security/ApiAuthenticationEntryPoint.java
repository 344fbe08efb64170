package org.swab.mentorsync.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A JSON 401 for a missing or wrong credential, a JSON 429 for a throttled one. No {@code WWW-Authenticate: Basic}
 * challenge: a browser would prompt for the credential and then attach it to every request, forged ones included.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final ApiErrorResponse UNAUTHORIZED =
            new ApiErrorResponse("unauthorized", "Log in with an admin account (HTTP Basic).");
    private static final ApiErrorResponse THROTTLED =
            new ApiErrorResponse("too_many_failed_logins", LoginThrottledException.MESSAGE + ".");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof LoginThrottledException throttled) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            THROTTLED.writeTo(response, HttpStatus.TOO_MANY_REQUESTS);
        } else {
            UNAUTHORIZED.writeTo(response, HttpStatus.UNAUTHORIZED);
        }
    }
}
