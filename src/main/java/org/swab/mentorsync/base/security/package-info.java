/** Logins: form login with a session for the UI, stateless HTTP Basic for /api/**, admins in app_user. */
package org.swab.mentorsync.base.security;
