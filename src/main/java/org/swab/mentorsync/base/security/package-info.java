/**
 * Logins and browser safety: form login with a session for the UI, stateless HTTP Basic for /api/** (browsers'
 * cross-site requests refused), the failed sign-in throttle, password changes, security headers; admins in app_user.
 */
package org.swab.mentorsync.base.security;
