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
    private static final List<SyncStep> BASELINE_WITHOUT_CONTACTS =
            List.of(JOTFORM_SIGNUPS, JOTFORM_SETUP, GIVEBUTTER_MEMBERS, ETL_PROCESS);
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
        return of(type, false);
    }

    /**
     * The steps of a run when the contact sync may have its own schedule: then the baseline leaves the contacts to
     * it (the design's "separate schedule"); without one, the baseline ends with the contact sync.
     */
    public static List<SyncStep> of(SyncType type, boolean separateContactSchedule) {
        if (type == SyncType.CONTACT_SYNC) {
            return CONTACTS_ONLY;
        }
        return separateContactSchedule ? BASELINE_WITHOUT_CONTACTS : BASELINE;
    }
}
