package org.swab.mentorsync.sync.job;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.swab.mentorsync.sync.SyncService;

/** Quartz's trigger for the scheduled contact sync: the same service as POST /api/sync/contacts/run. */
@DisallowConcurrentExecution
public class ContactSyncJob implements Job {

    private final SyncService syncService;

    public ContactSyncJob(SyncService syncService) {
        this.syncService = syncService;
    }

    @Override
    public void execute(JobExecutionContext context) {
        syncService.runScheduledContactSync();
    }
}
