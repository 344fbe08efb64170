package org.swab.mentorsync.sync;

/**
 * Who asks for a run and as what kind of sync; {@code confirmDrops}: the admin has confirmed that the mentors this
 * run drops really left, so the ETL drops them even beyond the allowed share.
 */
public record SyncRequest(SyncType type, TriggeredBy triggeredBy, String user, boolean confirmDrops) {

    public static SyncRequest manual(String user) {
        return new SyncRequest(SyncType.MANUAL, TriggeredBy.MANUAL, user, false);
    }

    /** The first baseline sync of a new system, from the setup wizard or POST /api/sync/initialize. */
    public static SyncRequest initialization(String user) {
        return new SyncRequest(SyncType.INITIALIZATION, TriggeredBy.MANUAL, user, false);
    }

    public static SyncRequest contactSync(TriggeredBy triggeredBy, String user) {
        return new SyncRequest(SyncType.CONTACT_SYNC, triggeredBy, user, false);
    }

    public static SyncRequest scheduled() {
        return new SyncRequest(SyncType.AUTOMATED, TriggeredBy.SCHEDULED, null, false);
    }

    public SyncRequest confirmingDrops() {
        return new SyncRequest(type, triggeredBy, user, true);
    }
}
