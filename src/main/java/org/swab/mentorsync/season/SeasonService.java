package org.swab.mentorsync.season;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.csv.SafeCsvWriter;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.SyncExclusiveWork;

/** Starting a new season (typed confirmation, under the sync lock) and reading the seasons archived before. */
@Service
public class SeasonService {

    private static final int EXPORT_FETCH_SIZE = 1000;

    private final SyncConfigService configService;
    private final SyncExclusiveWork exclusive;
    private final SeasonArchive archive;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    SeasonService(
            SyncConfigService configService,
            SyncExclusiveWork exclusive,
            SeasonArchive archive,
            JdbcTemplate jdbc,
            DataSource dataSource) {
        this.configService = configService;
        this.exclusive = exclusive;
        this.archive = archive;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(EXPORT_FETCH_SIZE);
    }

    /** The campaign code the admin must type to start a new season, or null when no campaign is configured. */
    public String confirmationCode() {
        String code = configService.syncTargets().givebutterCampaignCode();
        return code == null || code.isBlank() ? null : code;
    }

    /**
     * Archives the current season and starts a new one, while no sync may run.
     *
     * @throws NewSeasonRefusedException when no campaign is configured or the typed code is not the campaign code
     * @throws org.swab.mentorsync.sync.SyncAlreadyRunningException when a sync is running
     */
    public NewSeason startNewSeason(String typedCampaignCode, String user) {
        String code = confirmationCode();
        if (code == null) {
            throw new NewSeasonRefusedException(
                    "no_campaign", "No campaign is configured, so there is no season to archive.");
        }
        if (typedCampaignCode == null || !code.equals(typedCampaignCode.strip())) {
            throw new NewSeasonRefusedException(
                    "wrong_campaign_code", "That is not the campaign code (" + code + "). Nothing was archived.");
        }
        return exclusive.run(() -> archive.archive(code, user));
    }

    /** Every archived season, the latest first. */
    @Transactional(readOnly = true)
    public List<Season> seasons() {
        return jdbc.query(
                "select label, campaign_code, archived_at, archived_by, mentors_archived, errors_closed from seasons "
                        + "order by archived_at desc, label desc",
                (row, n) -> new Season(
                        row.getString("label"),
                        row.getString("campaign_code"),
                        row.getTimestamp("archived_at").toInstant(),
                        row.getString("archived_by"),
                        row.getInt("mentors_archived"),
                        row.getInt("errors_closed")));
    }

    @Transactional(readOnly = true)
    public int countMentors(String season) {
        return jdbc.queryForObject("select count(*) from season_mentors where season = ?", Integer.class, season);
    }

    /** One page of a season's mentors, by mn_id. */
    @Transactional(readOnly = true)
    public List<ArchivedMentor> mentors(String season, int offset, int limit) {
        return jdbc.query(
                """
                select m.mn_id, trim(m.preferred_name || ' ' || coalesce(m.last_name, '')) as name, m.status_text,
                       m.phone, coalesce(m.personal_email, m.uga_email) as email, m.gb_contact_id, t.amount_raised,
                       m.dropped
                  from season_mentors m
                  left join season_mn_tasks t on t.season = m.season and t.mn_id = m.mn_id
                 where m.season = ?
                 order by m.mn_id
                 limit ? offset ?
                """,
                (row, n) -> new ArchivedMentor(
                        row.getString("mn_id"),
                        row.getString("name"),
                        row.getString("status_text"),
                        row.getString("phone"),
                        row.getString("email"),
                        row.getObject("gb_contact_id", Long.class),
                        row.getBigDecimal("amount_raised"),
                        row.getBoolean("dropped")),
                season,
                limit,
                offset);
    }

    /**
     * Streams one archived table of a season as CSV (BOM, CRLF, formula-safe), its columns as stored; the raw JSON
     * columns are left out, their answers are in the other columns.
     */
    @Transactional(readOnly = true)
    public void exportCsv(String season, SeasonTable table, OutputStream out) {
        try (SafeCsvWriter csv = new SafeCsvWriter(out)) {
            streaming.query(
                    "select * from " + table.archiveTable() + " where season = ? order by " + table.key(),
                    (ResultSet rows) -> {
                        List<Integer> exported = exportedColumns(rows.getMetaData());
                        csv.write(header(rows.getMetaData(), exported));
                        while (rows.next()) {
                            csv.write(cells(rows, exported));
                        }
                        return null;
                    },
                    season);
        }
    }

    private static List<Integer> exportedColumns(ResultSetMetaData meta) throws SQLException {
        List<Integer> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i);
            if (!name.equals("season")
                    && !name.equals("archived_at")
                    && !meta.getColumnTypeName(i).equals("jsonb")) {
                columns.add(i);
            }
        }
        return columns;
    }

    private static List<String> header(ResultSetMetaData meta, List<Integer> columns) throws SQLException {
        List<String> names = new ArrayList<>(columns.size());
        for (int column : columns) {
            names.add(meta.getColumnName(column));
        }
        return names;
    }

    private static List<String> cells(ResultSet row, List<Integer> columns) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        List<String> cells = new ArrayList<>(columns.size());
        for (int column : columns) {
            cells.add(
                    switch (meta.getColumnTypeName(column)) {
                        case "bool" -> {
                            boolean value = row.getBoolean(column);
                            yield row.wasNull() ? null : String.valueOf(value);
                        }
                        case "timestamptz" -> {
                            OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
                            yield value == null ? null : value.toInstant().toString();
                        }
                        default -> row.getString(column);
                    });
        }
        return cells;
    }
}
