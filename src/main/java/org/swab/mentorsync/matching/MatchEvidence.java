package org.swab.mentorsync.matching;

/** Which identifier tied a mentor to a contact, in the priority order the design gives. */
public enum MatchEvidence {
    EXTERNAL_ID,
    PHONE,
    PERSONAL_EMAIL,
    UGA_EMAIL,
    MEMBER_PHONE,
    MEMBER_EMAIL;

    boolean isPhoneOrEmail() {
        return this == PHONE || this == PERSONAL_EMAIL || this == UGA_EMAIL;
    }

    boolean isEmail() {
        return this == PERSONAL_EMAIL || this == UGA_EMAIL;
    }

    boolean isMember() {
        return this == MEMBER_PHONE || this == MEMBER_EMAIL;
    }
}
