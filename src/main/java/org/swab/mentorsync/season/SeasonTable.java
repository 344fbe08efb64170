package org.swab.mentorsync.season;

/** A live table a new season archives, its archive table (same columns plus season and archived_at) and its key. */
public enum SeasonTable {
    MENTORS("Mentors", "mentors", "season_mentors", "mn_id"),
    TASKS("Tasks", "mn_tasks", "season_mn_tasks", "mn_id"),
    FIELD_CHANGES("Field changes", "mentor_field_changes", "season_mentor_field_changes", "id"),
    SIGNUPS("Signup form rows", "raw_mn_signups", "season_raw_mn_signups", "submission_id"),
    SETUPS("Setup form rows", "raw_mn_funds_setup", "season_raw_mn_funds_setup", "submission_id"),
    MEMBERS("Campaign members", "raw_gb_campaign_members", "season_raw_gb_campaign_members", "member_id");

    private final String label;
    private final String liveTable;
    private final String archiveTable;
    private final String key;

    SeasonTable(String label, String liveTable, String archiveTable, String key) {
        this.label = label;
        this.liveTable = liveTable;
        this.archiveTable = archiveTable;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public String liveTable() {
        return liveTable;
    }

    public String archiveTable() {
        return archiveTable;
    }

    String key() {
        return key;
    }

    /** The CSV's file name for one season, e.g. {@code CQVG3W-2026-mentors.csv}. */
    public String filename(String season) {
        return season.replaceAll("[^A-Za-z0-9]+", "-") + "-" + liveTable.replace('_', '-') + ".csv";
    }
}
