/** Logged anomalies (mn_errors): conflicts, duplicates and bad input, logged once per cause; Givebutter-vs-Jotform conflict review. */
package org.swab.mentorsync.conflict;
