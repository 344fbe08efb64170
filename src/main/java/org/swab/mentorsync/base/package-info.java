/** Plumbing shared by every feature: database, security, clock, the app shell. Uses no feature. */
package org.swab.mentorsync.base;
