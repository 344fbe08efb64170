package org.swab.mentorsync.intake;

import org.swab.mentorsync.mentor.MentorStatus;

/**
 * The status order of the decisions page: complete (fundraised and trained) > needs_training (fundraised, not
 * trained) > needs_fundraising (campaign member, not fundraised) > needs_page (setup done, no page) > needs_setup.
 */
final class StatusRule {

    private StatusRule() {
    }

    static MentorStatus of(boolean setupDone, boolean campaignMember, boolean fundraised, boolean trained) {
        if (fundraised && trained) {
            return MentorStatus.COMPLETE;
        }
        if (fundraised) {
            return MentorStatus.NEEDS_TRAINING;
        }
        if (campaignMember) {
            return MentorStatus.NEEDS_FUNDRAISING;
        }
        if (setupDone) {
            return MentorStatus.NEEDS_PAGE;
        }
        return MentorStatus.NEEDS_SETUP;
    }
}
