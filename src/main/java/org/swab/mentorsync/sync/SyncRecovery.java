package org.swab.mentorsync.sync;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At startup, sync_log rows still 'running' were left by a process that died mid-run: they are closed as failed
 * ("interrupted"). Only when no instance holds the sync lock, so a live run elsewhere is left alone. Done before the
 * web server opens, so the moment's hold on the lock can never turn away a "Run sync now".
 */
@Component
public class SyncRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SyncRecovery.class);

    private final SyncLock lock;
    private final SyncLogWriter logWriter;

    SyncRecovery(SyncLock lock, SyncLogWriter logWriter) {
        this.lock = lock;
        this.logWriter = logWriter;
    }

    @Override
    public void afterSingletonsInstantiated() {
        closeInterruptedRuns();
    }

    public int closeInterruptedRuns() {
        Optional<SyncLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            log.info("A sync is running on another instance; interrupted runs are left for later");
            return 0;
        }
        try (SyncLock.Held ignored = held.get()) {
            int closed = logWriter.closeInterrupted();
            if (closed > 0) {
                log.warn("Closed {} sync run(s) left running by a stopped process as failed (interrupted)", closed);
            }
            return closed;
        }
    }
}
