package org.swab.mentorsync.mentor;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/** Where a mentor stands in onboarding, most advanced last. */
public enum MentorStatus implements CodedEnum {
    NEEDS_SETUP("Needs setup"),
    NEEDS_PAGE("Needs page"),
    NEEDS_FUNDRAISING("Needs fundraising"),
    NEEDS_TRAINING("Needs training"),
    COMPLETE("Complete");

    private final String label;

    MentorStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<MentorStatus> {
        public DatabaseConverter() {
            super(MentorStatus.class);
        }
    }
}
