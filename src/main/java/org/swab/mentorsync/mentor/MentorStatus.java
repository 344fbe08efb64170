package org.swab.mentorsync.mentor;

import jakarta.persistence.Converter;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.base.CodedEnumConverter;

/**
 * Where a mentor stands in onboarding, most advanced last. The order of the decisions page: complete (fundraised and
 * trained) > needs_training (fundraised, not trained) > needs_fundraising (campaign member, not fundraised) >
 * needs_page (setup done, no page) > needs_setup.
 */
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

    public static MentorStatus of(boolean setupDone, boolean campaignMember, boolean fundraised, boolean trained) {
        if (fundraised && trained) {
            return COMPLETE;
        }
        if (fundraised) {
            return NEEDS_TRAINING;
        }
        if (campaignMember) {
            return NEEDS_FUNDRAISING;
        }
        if (setupDone) {
            return NEEDS_PAGE;
        }
        return NEEDS_SETUP;
    }

    /** The status the stored tasks give. */
    public static MentorStatus of(MentorTasks tasks) {
        return of(tasks.isSetupDone(), tasks.isCampaignMember(), tasks.isFundraisedDone(), tasks.isTrainingDone());
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<MentorStatus> {
        public DatabaseConverter() {
            super(MentorStatus.class);
        }
    }
}
