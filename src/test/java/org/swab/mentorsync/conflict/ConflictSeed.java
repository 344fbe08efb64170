package org.swab.mentorsync.conflict;

import org.springframework.jdbc.core.JdbcTemplate;

/** Mentor 1002 (Bob Jones) whose linked Givebutter contact 15234567 disagrees with his signup, reconciled. */
public final class ConflictSeed {

    public static final String MN_ID = "1002";
    public static final long CONTACT_ID = 15234567L;

    private ConflictSeed() {}

    /** Givebutter has another phone ({@code +17065559999}) and the given first name. */
    public static void bobWithConflict(JdbcTemplate jdbc, ConflictService conflicts, String givebutterFirstName) {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, full_name, first_name, last_name, phone)
                values (?, 'Bob', 'Bob Jones', 'Bob', 'Jones', '+17065550134')""", MN_ID);
        jdbc.update("""
                insert into raw_mn_gb_contacts (mn_id, contact_id, first_name, last_name, primary_phone, source,
                                                gb_updated_at)
                values (?, ?, ?, 'Jones', '+17065559999', 'api_sync', '2025-10-08T15:30:00Z')""", MN_ID, CONTACT_ID, givebutterFirstName);
        conflicts.reconcile(MN_ID);
    }
}
