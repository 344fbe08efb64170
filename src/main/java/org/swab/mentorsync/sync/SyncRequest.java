package org.swab.mentorsync.sync;

/** Who asks for a run and as what kind of sync. */
public record SyncRequest(SyncType type, TriggeredBy triggeredBy, String user) {

    public static SyncRequest manual(String user) {
        return new SyncRequest(SyncType.MANUAL, TriggeredBy.MANUAL, user);
    }

    /** The first baseline sync of a new system, from the setup wizard or POST /api/sync/initialize. */
    public static SyncRequest initialization(String user) {
        return new SyncRequest(SyncType.INITIALIZATION, TriggeredBy.MANUAL, user);
    }

    public static SyncRequest contactSync(TriggeredBy triggeredBy, String user) {
        return new SyncRequest(SyncType.CONTACT_SYNC, triggeredBy, user);
    }

    public static SyncRequest scheduled() {
        return new SyncRequest(SyncType.AUTOMATED, TriggeredBy.SCHEDULED, null);
    }
}
