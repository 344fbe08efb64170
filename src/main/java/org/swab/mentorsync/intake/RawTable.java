package org.swab.mentorsync.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A raw table that mirrors one source: rows are upserted by their key and the rows the source no longer has are
 * removed. The first column is the key, the last the source's whole JSON (jsonb); {@code synced_at} is set on write.
 */
record RawTable(String name, String key, List<String> columns) {

    /** Upserts {@code rows} (values in column order) and removes the others; {@code received} counts unreadable too. */
    RawStepCounts mirror(JdbcTemplate jdbc, int received, List<Object[]> rows) {
        String[] ids = rows.stream().map(row -> String.valueOf(row[0])).toArray(String[]::new);
        Set<String> known = new HashSet<>(jdbc.queryForList(
                "select " + key + "::text from " + name + " where " + key + "::text = any(?)", String.class, (Object)
                        ids));
        jdbc.batchUpdate(upsert(), rows);
        int removed = jdbc.update("delete from " + name + " where not (" + key + "::text = any(?))", (Object) ids);
        return new RawStepCounts(received, rows.size() - known.size(), known.size(), received - rows.size(), removed);
    }

    private String upsert() {
        String placeholders = columns.stream()
                .map(column -> column.equals(columns.getLast()) ? "?::jsonb" : "?")
                .collect(Collectors.joining(", "));
        String updates = columns.stream()
                .filter(column -> !column.equals(key))
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        return "insert into " + name + " (" + String.join(", ", columns) + ", synced_at) values (" + placeholders
                + ", now()) on conflict (" + key + ") do update set " + updates + ", synced_at = excluded.synced_at";
    }
}
