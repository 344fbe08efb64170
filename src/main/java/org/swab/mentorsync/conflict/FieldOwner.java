package org.swab.mentorsync.conflict;

import java.util.EnumSet;
import java.util.Set;
import org.swab.mentorsync.mentor.MentorField;

/** Who owns a mentor field (design: "Field Ownership Model"). */
public enum FieldOwner {
    /** The signup is the truth; a different Givebutter value is a conflict for review. */
    JOTFORM("Jotform"),
    /** Either side may change it; a Givebutter value is synced back. */
    EITHER("Either");

    private static final Set<MentorField> EITHER_FIELDS = EnumSet.of(
            MentorField.PREFERRED_NAME,
            MentorField.PERSONAL_EMAIL,
            MentorField.SHIFT_PREFERENCE,
            MentorField.PARTNER_PREFERENCE);

    private final String label;

    FieldOwner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FieldOwner of(MentorField field) {
        return EITHER_FIELDS.contains(field) ? EITHER : JOTFORM;
    }

    public static String recommendation(MentorField field) {
        return of(field) == JOTFORM
                ? field.label() + " is managed by the Jotform signup: keep ours, and the next Givebutter import "
                        + "corrects Givebutter."
                : field.label() + " may be changed on either side: the Givebutter value is taken automatically.";
    }
}
