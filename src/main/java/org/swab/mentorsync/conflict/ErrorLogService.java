package org.swab.mentorsync.conflict;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs each cause once in mn_errors, for any feature (imports, syncs, ETL). Recording the same type and key again
 * updates the row; a resolved row stays resolved unless its situation ({@code raw_data}) changed or the system had
 * resolved it because the cause was gone.
 */
@Service
@Transactional
public class ErrorLogService {

    /** The resolver name of rows closed by {@link #resolveVanished}: such a row opens again if its cause returns. */
    public static final String SYSTEM_RESOLVER = "system";

    /** Reopens a resolved row when the situation changed, or when the system had closed it and it is back. */
    private static final String REOPEN = "(mn_errors.raw_data is distinct from excluded.raw_data "
            + "or (mn_errors.resolved and mn_errors.resolved_by = '" + SYSTEM_RESOLVER + "'))";

    // one statement for the whole batch; unchanged causes are not rewritten (the where clause)
    private static final String UPSERT = """
            insert into mn_errors (mn_id, phone, email, error_type, error_key, error_message, severity, source_table,
                                   raw_data)
            select mn_id, phone, email, error_type, error_key, error_message, severity, source_table, raw_data::jsonb
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[])
                   as r(mn_id, phone, email, error_type, error_key, error_message, severity, source_table, raw_data)
            on conflict (error_type, error_key) do update set
                mn_id = excluded.mn_id, phone = excluded.phone, email = excluded.email,
                error_message = excluded.error_message, severity = excluded.severity,
                source_table = excluded.source_table, raw_data = excluded.raw_data,
                resolved = mn_errors.resolved and not REOPEN,
                resolved_at = case when REOPEN then null else mn_errors.resolved_at end,
                resolved_by = case when REOPEN then null else mn_errors.resolved_by end,
                updated_at = now(), version = mn_errors.version + 1
            where mn_errors.raw_data is distinct from excluded.raw_data
               or mn_errors.error_message is distinct from excluded.error_message
               or mn_errors.severity is distinct from excluded.severity
               or mn_errors.mn_id is distinct from excluded.mn_id
               or REOPEN
            returning (xmax = 0) as inserted
            """.replace("REOPEN", REOPEN);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final MnErrorRepository errors;

    ErrorLogService(JdbcTemplate jdbc, JsonMapper json, MnErrorRepository errors) {
        this.jdbc = jdbc;
        this.json = json;
        this.errors = errors;
    }

    /** Every logged row of a type, open and resolved, newest first. */
    @Transactional(readOnly = true)
    public List<MnError> findByType(ErrorType type) {
        return errors.findByErrorTypeOrderByCreatedAtDescIdDesc(type);
    }

    /** Logs one cause; returns true when a new row was added (false when it was already logged). */
    public boolean record(ErrorReport report) {
        return recordAll(List.of(report)) == 1;
    }

    /** Logs several causes in one statement; returns how many rows were new. A key given twice: the last wins. */
    public int recordAll(Collection<ErrorReport> reports) {
        Map<List<String>, ErrorReport> byCause = new LinkedHashMap<>();
        reports.forEach(report -> byCause.put(List.of(report.type().code(), report.key()), report));
        if (byCause.isEmpty()) {
            return 0;
        }
        List<ErrorReport> rows = List.copyOf(byCause.values());
        Object[] columns = {
            column(rows, ErrorReport::mnId),
            column(rows, ErrorReport::phone),
            column(rows, ErrorReport::email),
            column(rows, report -> report.type().code()),
            column(rows, ErrorReport::key),
            column(rows, ErrorReport::message),
            column(rows, report -> report.severity().code()),
            column(rows, ErrorReport::sourceTable),
            column(rows, report -> json.writeValueAsString(report.rawData()))
        };
        List<Boolean> inserted = jdbc.queryForList(UPSERT, Boolean.class, columns);
        return (int) inserted.stream().filter(Boolean::booleanValue).count();
    }

    private static String[] column(List<ErrorReport> rows, Function<ErrorReport, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    /**
     * Closes the open rows of {@code type} logged from {@code sourceTable} whose key is not in {@code presentKeys}:
     * their cause is gone. Returns how many were closed.
     */
    public int resolveVanished(ErrorType type, Collection<String> presentKeys) {
        return jdbc.update("""
                update mn_errors set resolved = true, resolved_at = now(), resolved_by = ?, updated_at = now(),
                       version = version + 1
                 where error_type = ? and not resolved and not (error_key = any (?))
                """, SYSTEM_RESOLVER, type.code(), presentKeys.toArray(String[]::new));
    }

    /** Closes one cause that is gone (e.g. a contact that answers again); a no-op when it is not open. */
    public void resolve(ErrorType type, String key) {
        jdbc.update("""
                update mn_errors set resolved = true, resolved_at = now(), resolved_by = ?, updated_at = now(),
                       version = version + 1
                 where error_type = ? and error_key = ? and not resolved
                """, SYSTEM_RESOLVER, type.code(), key);
    }

    /** As {@link #resolveVanished(ErrorType, Collection)}, limited to the rows logged from {@code sourceTable}. */
    public int resolveVanished(ErrorType type, String sourceTable, Collection<String> presentKeys) {
        return jdbc.update("""
                update mn_errors set resolved = true, resolved_at = now(), resolved_by = ?, updated_at = now(),
                       version = version + 1
                 where error_type = ? and source_table = ? and not resolved and not (error_key = any (?))
                """, SYSTEM_RESOLVER, type.code(), sourceTable, presentKeys.toArray(String[]::new));
    }

    /**
     * Closes every open cause as the system, for a new season, inside the caller's transaction: a cause that comes
     * back next season opens its row again.
     *
     * @return how many were closed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int closeAllOpen(Instant at) {
        Timestamp when = Timestamp.from(at);
        return jdbc.update(
                "update mn_errors set resolved = true, resolved_at = ?, resolved_by = ?, updated_at = ?, "
                        + "version = version + 1 where not resolved",
                when,
                SYSTEM_RESOLVER,
                when);
    }
}
