package org.swab.mentorsync.intake;

import java.time.LocalDateTime;

/** A raw_mn_signups row; {@code submittedAt} is in the Jotform account's time zone. */
record SignupRow(
        String submissionId,
        LocalDateTime submittedAt,
        String status,
        String mnIdAnswer,
        String prefix,
        String firstName,
        String middleName,
        String lastName,
        String suffix,
        String phone,
        String ugaEmail,
        String personalEmail,
        String ugaClass,
        String shirtSize,
        String gender,
        String shiftPreference,
        String partnerPreference) {

    boolean deleted() {
        return "DELETED".equalsIgnoreCase(status);
    }
}
