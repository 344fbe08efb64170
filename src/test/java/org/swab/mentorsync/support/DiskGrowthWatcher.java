package org.swab.mentorsync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Polls the total size of some directories on a background thread and keeps the largest growth seen, so a file
 * that is spooled and deleted again within one request still counts.
 */
public final class DiskGrowthWatcher implements AutoCloseable {

    private static final long SAMPLE_PERIOD_NANOS = 1_000_000;

    private final List<Path> directories;
    private final long baseline;
    private final AtomicLong maxGrowth = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread poller;

    private DiskGrowthWatcher(List<Path> directories) {
        this.directories = directories;
        this.baseline = totalSize();
        this.poller = Thread.ofPlatform().daemon().name("disk-growth-watcher").start(this::poll);
    }

    public static DiskGrowthWatcher watch(Path... directories) {
        return new DiskGrowthWatcher(List.of(directories));
    }

    /** The largest growth over the size at the start, in bytes, measured up to now. */
    public long maxGrowth() {
        maxGrowth.accumulateAndGet(totalSize() - baseline, Math::max);
        return maxGrowth.get();
    }

    private void poll() {
        while (running.get()) {
            maxGrowth.accumulateAndGet(totalSize() - baseline, Math::max);
            // a sample every millisecond, so the poller leaves the CPU to the request it watches
            LockSupport.parkNanos(SAMPLE_PERIOD_NANOS);
        }
    }

    private long totalSize() {
        AtomicLong total = new AtomicLong();
        for (Path directory : directories) {
            try {
                Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        total.addAndGet(attributes.size());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException deletedMeanwhile) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        poller.join();
    }
}
