/** Sync orchestration: runs and their steps, the run lock, sync_log, the Quartz jobs and triggers, the Sync page. */
package org.swab.mentorsync.sync;
