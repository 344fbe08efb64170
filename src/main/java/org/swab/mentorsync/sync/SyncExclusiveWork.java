package org.swab.mentorsync.sync;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Work no sync may interleave with (a new season's archive): it runs holding the sync lock, so no run starts here or
 * on another instance until it is done, and it does not start while a run is going on.
 */
@Component
public class SyncExclusiveWork {

    private final SyncLock lock;

    SyncExclusiveWork(SyncLock lock) {
        this.lock = lock;
    }

    /**
     * Runs the work holding the sync lock.
     *
     * @throws SyncAlreadyRunningException when a run holds the lock
     */
    public <T> T run(Supplier<T> work) {
        try (SyncLock.Held held = lock.tryAcquire().orElseThrow(SyncAlreadyRunningException::new)) {
            return work.get();
        }
    }
}
