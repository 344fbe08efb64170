package org.swab.mentorsync.mentor;

import java.util.Arrays;
import java.util.Optional;

/** Where a mentor stands with its Givebutter contact, as the Mentors grid and its filter show it. */
public enum GbSyncState {
    SYNCED("synced", "✅", "Synced"),
    CONFLICT("conflict", "⚠️", "Conflicts"),
    PENDING("pending", "⏳", "Linked, not synced yet"),
    NO_CONTACT_ID("no_contact_id", "❌", "No contact id"),
    DELETED("deleted", "🗑", "Deleted in Givebutter"),
    UNLINKED("unlinked", "⛔", "Unlinked by admin");

    private final String code;
    private final String icon;
    private final String label;

    GbSyncState(String code, String icon, String label) {
        this.code = code;
        this.icon = icon;
        this.label = label;
    }

    /** The value in URLs, the REST API and the grid's SQL. */
    public String code() {
        return code;
    }

    public String icon() {
        return icon;
    }

    public String label() {
        return label;
    }

    public static Optional<GbSyncState> fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst();
    }
}
