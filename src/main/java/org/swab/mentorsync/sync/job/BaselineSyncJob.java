package org.swab.mentorsync.sync.job;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.swab.mentorsync.sync.SyncService;

/** Quartz's trigger for the automated baseline sync: the same service method as the "Run sync now" button. */
@DisallowConcurrentExecution
public class BaselineSyncJob implements Job {

    private final SyncService syncService;

    public BaselineSyncJob(SyncService syncService) {
        this.syncService = syncService;
    }

    @Override
    public void execute(JobExecutionContext context) {
        syncService.runScheduledSync();
    }
}
