package org.swab.mentorsync.sync;

import java.util.concurrent.CompletableFuture;

/** A run started in the background: its sync_log id and its outcome to come. */
public record SyncRun(long logId, CompletableFuture<SyncOutcome> outcome) {}
