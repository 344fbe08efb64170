package org.swab.mentorsync.conflict;

import org.swab.mentorsync.mentor.MentorField;

/**
 * One field where Givebutter disagrees with our (Jotform-owned) value. {@code givebutterValue} is what Givebutter
 * shows; {@code acceptableValue} is what "Accept Givebutter" would write, or null when Givebutter offers nothing to
 * take (a UGA email missing from the contact while the contact holds no other {@code uga.edu} address).
 */
public record FieldConflict(MentorField field, String ourValue, String givebutterValue, String acceptableValue) {

    /** A conflict whose Givebutter value can be taken as it is. */
    public static FieldConflict takeable(MentorField field, String ourValue, String givebutterValue) {
        return new FieldConflict(field, ourValue, givebutterValue, givebutterValue);
    }

    public boolean acceptable() {
        return acceptableValue != null;
    }
}
