package org.swab.mentorsync.settings;

import java.time.Instant;

/**
 * Whether the setup wizard was finished (when, by whom) and the step it reached: 1 keys, 2 forms and campaign, 3 the
 * first sync, 4 the contacts CSV, 5 what was found and what to do next, 6 the repeat upload of a fresh export.
 */
public record SetupState(Instant initializedAt, String initializedBy, int step) {

    public static final int KEYS = 1;
    public static final int TARGETS = 2;
    public static final int FIRST_SYNC = 3;
    public static final int CONTACTS_CSV = 4;
    public static final int COMPLETE = 5;
    public static final int REPEAT_UPLOAD = 6;
    public static final int FIRST_STEP = KEYS;
    public static final int LAST_STEP = REPEAT_UPLOAD;

    public boolean initialized() {
        return initializedAt != null;
    }
}
