package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorTasks;

/**
 * Copies a planned mentor onto the stored entities, field by field, and says whether anything changed. Fields the
 * ETL does not own stay as they are: gb_contact_id (CSV matching), training_done/training_at (admin).
 */
final class MentorWriter {

    private boolean changed;

    static boolean apply(PlannedMentor planned, Mentor mentor, Instant now) {
        MentorWriter writer = new MentorWriter();
        SignupRow s = planned.signup();
        writer.set(mentor::getPhone, mentor::setPhone, planned.phone());
        writer.set(
                mentor::getGbMemberId,
                mentor::setGbMemberId,
                planned.member() == null ? null : planned.member().memberId());
        writer.set(mentor::getFirstName, mentor::setFirstName, s.answers().firstName());
        writer.set(mentor::getMiddleName, mentor::setMiddleName, s.answers().middleName());
        writer.set(mentor::getLastName, mentor::setLastName, s.answers().lastName());
        writer.set(mentor::getPreferredName, mentor::setPreferredName, planned.preferredName());
        writer.set(mentor::getFullName, mentor::setFullName, planned.fullName());
        writer.set(
                mentor::getPersonalEmail,
                mentor::setPersonalEmail,
                EmailAddresses.clean(s.answers().personalEmail()));
        writer.set(
                mentor::getUgaEmail,
                mentor::setUgaEmail,
                EmailAddresses.clean(s.answers().ugaEmail()));
        writer.set(mentor::getGender, mentor::setGender, s.answers().gender());
        writer.set(mentor::getShirtSize, mentor::setShirtSize, s.answers().shirtSize());
        writer.set(mentor::getUgaClass, mentor::setUgaClass, s.answers().ugaClass());
        writer.set(
                mentor::getShiftPreference,
                mentor::setShiftPreference,
                s.answers().shiftPreference());
        writer.set(
                mentor::getPartnerPreference,
                mentor::setPartnerPreference,
                s.answers().partnerPreference());
        writer.set(mentor::getStatusCategory, mentor::setStatusCategory, planned.status());
        writer.set(mentor::getStatusText, mentor::setStatusText, planned.statusText());
        writer.set(mentor::getSignupSubmissionId, mentor::setSignupSubmissionId, s.submissionId());
        writer.set(
                mentor::getSetupSubmissionId,
                mentor::setSetupSubmissionId,
                planned.setup() == null ? null : planned.setup().submissionId());
        writer.set(mentor::getSignupAt, mentor::setSignupAt, planned.signupAt());
        writer.set(mentor::isDropped, mentor::setDropped, false);
        writer.set(mentor::getDroppedAt, mentor::setDroppedAt, null);
        if (writer.changed) {
            mentor.setUpdatedAt(now);
        }
        return writer.changed;
    }

    /** Only the derived status and status text, for a mentor changed outside the ETL. */
    static boolean applyStatus(PlannedMentor planned, Mentor mentor, Instant now) {
        MentorWriter writer = new MentorWriter();
        writer.set(mentor::getStatusCategory, mentor::setStatusCategory, planned.status());
        writer.set(mentor::getStatusText, mentor::setStatusText, planned.statusText());
        if (writer.changed) {
            mentor.setUpdatedAt(now);
        }
        return writer.changed;
    }

    static boolean apply(PlannedMentor planned, MentorTasks tasks, Instant now) {
        MentorWriter writer = new MentorWriter();
        writer.set(tasks::isSignupDone, tasks::setSignupDone, true);
        writer.set(tasks::getSignupAt, tasks::setSignupAt, planned.signupAt());
        writer.set(tasks::isSetupDone, tasks::setSetupDone, planned.setupDone());
        writer.set(tasks::getSetupAt, tasks::setSetupAt, planned.setupAt());
        writer.set(tasks::isCampaignMember, tasks::setCampaignMember, planned.campaignMember());
        BigDecimal raised = planned.amountRaised();
        if (tasks.getAmountRaised() == null || tasks.getAmountRaised().compareTo(raised) != 0) {
            tasks.setAmountRaised(raised);
            writer.changed = true;
        }
        writer.set(tasks::isFundraisedDone, tasks::setFundraisedDone, planned.fundraised());
        if (writer.changed) {
            tasks.setUpdatedAt(now);
        }
        return writer.changed;
    }

    private <T> void set(Supplier<T> getter, Consumer<T> setter, T value) {
        if (!Objects.equals(getter.get(), value)) {
            setter.accept(value);
            changed = true;
        }
    }
}
