package org.swab.mentorsync.sync;

/** The steps of the baseline sync, in order, with the names the progress panel and the SSE stream show. */
public enum SyncStep {
    JOTFORM_SIGNUPS("Jotform Signups"),
    JOTFORM_SETUP("Jotform Setup"),
    GIVEBUTTER_MEMBERS("Givebutter Members"),
    ETL_PROCESS("ETL Process");

    private final String label;

    SyncStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
