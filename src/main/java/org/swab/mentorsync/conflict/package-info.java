/** Logged anomalies (mn_errors): conflicts, duplicates and bad input, logged once per cause, resolved by an admin. */
package org.swab.mentorsync.conflict;
