package org.swab.mentorsync.sync;

import java.util.List;

/** The steps of a sync run, in order, with the names the progress panel and the SSE stream show. */
public enum SyncStep {
    JOTFORM_SIGNUPS("Jotform Signups"),
    JOTFORM_SETUP("Jotform Setup"),
    GIVEBUTTER_MEMBERS("Givebutter Members"),
    ETL_PROCESS("ETL Process"),
    CONTACT_SYNC("Contact Sync");

    private static final List<SyncStep> BASELINE = List.of(values());
    private static final List<SyncStep> CONTACTS_ONLY = List.of(CONTACT_SYNC);

    private final String label;

    SyncStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The steps a run of this type goes through: the contact sync alone, or the whole baseline. */
    public static List<SyncStep> of(SyncType type) {
        return type == SyncType.CONTACT_SYNC ? CONTACTS_ONLY : BASELINE;
    }
}
