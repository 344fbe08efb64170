package org.swab.mentorsync.base.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The password check behind the {@link LoginThrottle}: a refused pair never reaches it, and each miss is counted. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = remoteAddress(attempt);
        throttle.blockedFor(username, address).ifPresent(remaining -> {
            throw new LoginThrottledException(remaining);
        });
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.recordSuccess(username, address);
            return authenticated;
        } catch (BadCredentialsException wrongPasswordOrUnknownUser) {
            throttle.recordFailure(username, address);
            throw wrongPasswordOrUnknownUser;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** Set by the form login and HTTP Basic filters; after the forwarded headers are applied. */
    private static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }
}
