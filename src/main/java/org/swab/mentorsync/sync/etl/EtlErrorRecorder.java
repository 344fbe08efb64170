package org.swab.mentorsync.sync.etl;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.conflict.ErrorType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs ETL causes to mn_errors once each, through the (error_type, error_key) unique index. A row an admin resolved
 * stays resolved unless its cause changed (a different message); a row the sync itself closed reopens when the cause
 * is back. ETL causes that no longer hold are closed (resolved_by 'sync').
 * <p>
 * Package-private on purpose: the CSV import brings a shared error log in {@code conflict}; the two meet at merge.
 */
@Component
class EtlErrorRecorder {

    static final String RESOLVED_BY_SYNC = "sync";
    static final List<ErrorType> ETL_TYPES = List.of(ErrorType.MISSING_MN_ID, ErrorType.DUPLICATE_SIGNUP,
            ErrorType.SHARED_PHONE, ErrorType.INVALID_PHONE, ErrorType.UNLINKED_SETUP, ErrorType.UNLINKED_MEMBER,
            ErrorType.MENTOR_DROPPED);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    EtlErrorRecorder(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the causes of this run and closes earlier ETL causes that are gone; returns how many rows are new. */
    int record(Collection<EtlIssue> issues) {
        int before = count();
        jdbc.batchUpdate("""
                insert into mn_errors (mn_id, phone, email, error_type, error_key, error_message, severity,
                                       source_table, raw_data)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (error_type, error_key) do update
                   set mn_id = excluded.mn_id, phone = excluded.phone, email = excluded.email,
                       severity = excluded.severity, source_table = excluded.source_table,
                       raw_data = excluded.raw_data, error_message = excluded.error_message,
                       resolved = case when mn_errors.error_message is distinct from excluded.error_message
                                         or mn_errors.resolved_by = 'sync' then false else mn_errors.resolved end,
                       resolved_at = case when mn_errors.error_message is distinct from excluded.error_message
                                         or mn_errors.resolved_by = 'sync' then null else mn_errors.resolved_at end,
                       resolved_by = case when mn_errors.error_message is distinct from excluded.error_message
                                         or mn_errors.resolved_by = 'sync' then null else mn_errors.resolved_by end,
                       updated_at = case when mn_errors.error_message is distinct from excluded.error_message
                                         then now() else mn_errors.updated_at end,
                       version = mn_errors.version + case when mn_errors.error_message
                                         is distinct from excluded.error_message then 1 else 0 end
                """, issues.stream().map(issue -> new Object[] {issue.mnId(), issue.phone(), issue.email(),
                        issue.type().code(), issue.key(), issue.message(), issue.severity().code(),
                        issue.sourceTable(), json.writeValueAsString(issue.rawData() == null ? Map.of()
                                : issue.rawData())}).toList());
        closeGoneCauses(issues);
        return count() - before;
    }

    private void closeGoneCauses(Collection<EtlIssue> issues) {
        String[] types = ETL_TYPES.stream().map(ErrorType::code).toArray(String[]::new);
        String[] current = issues.stream().map(issue -> issue.type().code() + "|" + issue.key())
                .toArray(String[]::new);
        jdbc.update("""
                update mn_errors set resolved = true, resolved_at = now(), resolved_by = 'sync', updated_at = now(),
                                     version = version + 1
                 where not resolved and error_type = any(?) and not (error_type || '|' || error_key = any(?))
                """, types, current);
    }

    private int count() {
        Integer count = jdbc.queryForObject("select count(*) from mn_errors", Integer.class);
        return count == null ? 0 : count;
    }
}
