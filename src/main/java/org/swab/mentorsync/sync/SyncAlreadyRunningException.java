package org.swab.mentorsync.sync;

/** A run was asked for while another one holds the sync lock (on this or another app instance). */
public class SyncAlreadyRunningException extends RuntimeException {

    public SyncAlreadyRunningException() {
        super("A sync is already running. Wait for it to finish, then try again.");
    }
}
