package org.swab.mentorsync.intake;

import java.time.LocalDateTime;

/** A raw_mn_funds_setup row. */
record SetupRow(
        String submissionId, LocalDateTime submittedAt, String status, String fullName, String phone, String email) {

    boolean deleted() {
        return "DELETED".equalsIgnoreCase(status);
    }
}
