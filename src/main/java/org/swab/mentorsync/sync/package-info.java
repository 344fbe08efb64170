/** Syncing from Jotform and Givebutter: configuration, runs, their log and their schedule. */
package org.swab.mentorsync.sync;
