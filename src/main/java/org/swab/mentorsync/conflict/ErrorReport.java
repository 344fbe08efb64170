package org.swab.mentorsync.conflict;

import java.util.Map;
import java.util.Objects;

/**
 * One cause to log in mn_errors. {@code key} identifies the cause within its type (e.g. {@code contact:15234567}):
 * logging the same type and key again updates the row instead of adding one. {@code rawData} describes the
 * situation; when it changes, a resolved row opens again.
 */
public record ErrorReport(
        ErrorType type,
        String key,
        Severity severity,
        String message,
        String mnId,
        String phone,
        String email,
        String sourceTable,
        Map<String, Object> rawData) {

    public ErrorReport {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        rawData = rawData == null ? Map.of() : rawData;
    }

    public static Builder of(ErrorType type, String key, Severity severity, String message) {
        return new Builder(type, key, severity, message);
    }

    /** Optional fields by name, so callers do not pass a row of nulls. */
    public static final class Builder {
        private final ErrorType type;
        private final String key;
        private final Severity severity;
        private final String message;
        private String mnId;
        private String phone;
        private String email;
        private String sourceTable;
        private Map<String, Object> rawData = Map.of();

        private Builder(ErrorType type, String key, Severity severity, String message) {
            this.type = type;
            this.key = key;
            this.severity = severity;
            this.message = message;
        }

        public Builder mnId(String mnId) {
            this.mnId = mnId;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder sourceTable(String sourceTable) {
            this.sourceTable = sourceTable;
            return this;
        }

        public Builder rawData(Map<String, Object> rawData) {
            this.rawData = rawData;
            return this;
        }

        public ErrorReport build() {
            return new ErrorReport(type, key, severity, message, mnId, phone, email, sourceTable, rawData);
        }
    }
}
