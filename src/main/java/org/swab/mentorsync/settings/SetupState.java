package org.swab.mentorsync.settings;

import java.time.Instant;

/** Whether the setup wizard was finished (when, by whom) and the step it reached: 1 keys … 5 the repeat upload. */
public record SetupState(Instant initializedAt, String initializedBy, int step) {

    public static final int FIRST_STEP = 1;
    public static final int LAST_STEP = 5;

    public boolean initialized() {
        return initializedAt != null;
    }
}
