package org.swab.mentorsync.mentor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Mentors grid's page, count and funnel in SQL: filters and sort run in the database, never in memory. */
@Component
class MentorQueries {

    /** The grid's contact state, the codes of {@link GbSyncState}. */
    private static final String GB_SYNC = """
            case when m.gb_contact_id is null then
                     case when exists (select 1 from mn_contact_unlinks u where u.mn_id = m.mn_id) then 'unlinked'
                          else 'no_contact_id' end
                 when c.mn_id is null then 'pending'
                 when c.sync_status = 'conflict' then 'conflict'
                 when c.sync_status = 'stale' then 'deleted'
                 else 'synced' end""";

    private static final String FROM = """
             from mentors m
             left join mn_tasks t on t.mn_id = m.mn_id
             left join raw_mn_gb_contacts c on c.mn_id = m.mn_id
            where not m.dropped""";

    /** The sort keys the grid and the REST API accept, and what they order by. */
    static final Map<String, String> SORT_KEYS = Map.of(
            "mn_id", "m.mn_id",
            "preferred_name", "lower(m.preferred_name)",
            "last_name", "lower(m.last_name)",
            "status",
                    "array_position(array['needs_setup', 'needs_page', 'needs_fundraising', 'needs_training', "
                            + "'complete'], m.status_category)",
            "gb_sync", GB_SYNC,
            "amount_raised", "coalesce(t.amount_raised, 0)",
            "training", "coalesce(t.training_done, false)");

    private final JdbcTemplate jdbc;

    MentorQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of one page of matching mentors, in the requested order (then by id). */
    List<String> page(MentorFilter filter, Pageable pageable) {
        Statement page = pageStatement(filter, pageable);
        return jdbc.queryForList(page.sql(), String.class, page.args());
    }

    /** The page's SQL and its arguments (the benchmark explains the same statement). */
    Statement pageStatement(MentorFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return new Statement(
                "select m.mn_id" + FROM + where + orderBy(pageable.getSort()) + " limit ? offset ?", args.toArray());
    }

    record Statement(String sql, Object[] args) {}

    long count(MentorFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.queryForObject("select count(*)" + FROM + where, Long.class, args.toArray());
    }

    /** The contact state of each of {@code mnIds}, by id. */
    Map<String, GbSyncState> gbSync(List<String> mnIds) {
        Map<String, GbSyncState> states = new HashMap<>();
        if (mnIds.isEmpty()) {
            return states;
        }
        jdbc.query(
                "select m.mn_id, " + GB_SYNC + FROM + " and m.mn_id = any (?)",
                row -> {
                    states.put(
                            row.getString(1),
                            GbSyncState.fromCode(row.getString(2)).orElseThrow());
                },
                (Object) mnIds.toArray(String[]::new));
        return states;
    }

    /** Streams every active mentor as the {@link MentorRoster} select list, by mn_id. */
    void roster(JdbcTemplate streaming, org.springframework.jdbc.core.ResultSetExtractor<Void> rows) {
        streaming.query("select " + MentorRoster.selectList(GB_SYNC) + FROM + " order by m.mn_id", rows);
    }

    MentorFunnel funnel() {
        return jdbc.queryForObject(
                """
                select count(*),
                       count(*) filter (where t.setup_done),
                       count(*) filter (where t.campaign_member),
                       count(*) filter (where t.fundraised_done),
                       count(*) filter (where t.training_done),
                       count(*) filter (where m.status_category = 'complete')
                  from mentors m left join mn_tasks t on t.mn_id = m.mn_id
                 where not m.dropped
                """,
                (row, i) -> new MentorFunnel(
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5),
                        row.getLong(6)));
    }

    private static String where(MentorFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (filter.status() != null) {
            where.append(" and m.status_category = ?");
            args.add(filter.status().code());
        }
        if (filter.gbSync() != null) {
            where.append(" and (").append(GB_SYNC).append(") = ?");
            args.add(filter.gbSync().code());
        }
        if (filter.trained() != null) {
            where.append(" and coalesce(t.training_done, false) = ?");
            args.add(filter.trained());
        }
        if (!filter.search().isEmpty()) {
            where.append(" and (m.mn_id like ? or m.phone like ? or lower(m.full_name) like ? ")
                    .append("or lower(m.preferred_name) like ? or lower(m.personal_email) like ? ")
                    .append("or lower(m.uga_email) like ?)");
            String pattern = "%"
                    + filter.search()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            for (int i = 0; i < 6; i++) {
                args.add(pattern);
            }
        }
        return where.toString();
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String expression = SORT_KEYS.get(order.getProperty());
            if (expression == null) {
                throw new IllegalArgumentException("Cannot sort mentors by '" + order.getProperty() + "'");
            }
            terms.add(expression + (order.isDescending() ? " desc" : " asc"));
        }
        terms.add("m.mn_id");
        return " order by " + String.join(", ", terms);
    }
}
