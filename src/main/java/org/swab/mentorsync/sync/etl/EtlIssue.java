package org.swab.mentorsync.sync.etl;

import java.util.Map;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.Severity;

/** One cause for an mn_errors row; {@code key} identifies the cause, so the same cause is logged once. */
record EtlIssue(ErrorType type, String key, Severity severity, String message, String mnId, String phone,
        String email, String sourceTable, Map<String, Object> rawData) {
}
