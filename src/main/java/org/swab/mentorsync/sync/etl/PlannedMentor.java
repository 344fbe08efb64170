package org.swab.mentorsync.sync.etl;

import java.math.BigDecimal;
import java.time.Instant;
import org.swab.mentorsync.mentor.MentorStatus;

/** A mentor as the ETL computed it from the raw rows, with its tasks and status; applied to the stored entities. */
record PlannedMentor(String mnId, SignupRow signup, String phone, String preferredName, String fullName,
        Instant signupAt, SetupRow setup, Instant setupAt, MemberRow member, BigDecimal amountRaised,
        boolean fundraised, boolean trained, MentorStatus status, String statusText) {

    boolean setupDone() {
        return setup != null;
    }

    boolean campaignMember() {
        return member != null;
    }
}
