package org.swab.mentorsync.intake;

import java.time.LocalDateTime;
import org.swab.mentorsync.jotform.SignupAnswers;

/** A raw_mn_signups row; {@code submittedAt} is in the Jotform account's time zone. */
record SignupRow(String submissionId, LocalDateTime submittedAt, String status, SignupAnswers answers) {

    boolean deleted() {
        return "DELETED".equalsIgnoreCase(status);
    }
}
