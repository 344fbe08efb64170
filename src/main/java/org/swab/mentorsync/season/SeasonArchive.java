package org.swab.mentorsync.season;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.conflict.ErrorLogService;
import org.swab.mentorsync.export.GivebutterImport;
import org.swab.mentorsync.intake.RawDataStore;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.settings.SyncConfigService;

/**
 * Moves a season out of the live tables in one transaction: every row is copied into its archive table, the live
 * rows are deleted, last season's open errors are closed and the settings start the wizard again; any failure
 * leaves everything as it was. Kept: sync_log, csv_import_log, resolved errors and the full contacts table
 * (returning mentors are matched against it). Not archived: the contact mirror (the mentor keeps its contact id, the
 * contact itself stays in the full contacts table and in Givebutter), the staged import (empty until the next ETL),
 * field overrides, unlinks and id placeholders, which speak of last season's mn_ids that next season may give to
 * someone else.
 */
@Component
class SeasonArchive {

    private final JdbcTemplate jdbc;
    private final SyncConfigService configService;
    private final GivebutterImport givebutterImport;
    private final MentorService mentors;
    private final RawDataStore rawData;
    private final ErrorLogService errorLog;
    private final Clock clock;

    SeasonArchive(
            JdbcTemplate jdbc,
            SyncConfigService configService,
            GivebutterImport givebutterImport,
            MentorService mentors,
            RawDataStore rawData,
            ErrorLogService errorLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.configService = configService;
        this.givebutterImport = givebutterImport;
        this.mentors = mentors;
        this.rawData = rawData;
        this.errorLog = errorLog;
        this.clock = clock;
    }

    @Transactional
    NewSeason archive(String campaignCode, String user) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        String season = freeLabel(campaignCode + " " + seasonYear(now));
        jdbc.update(
                "insert into seasons (label, campaign_code, archived_at, archived_by, mentors_archived, errors_closed) "
                        + "values (?, ?, ?, ?, 0, 0)",
                season,
                campaignCode,
                at,
                user);
        Map<SeasonTable, Integer> archived = new EnumMap<>(SeasonTable.class);
        for (SeasonTable table : SeasonTable.values()) {
            String columns = sharedColumns(table);
            archived.put(
                    table,
                    jdbc.update(
                            "insert into " + table.archiveTable() + " (season, archived_at, " + columns
                                    + ") select ?, ?, " + columns + " from " + table.liveTable(),
                            season,
                            at));
        }
        // each owner empties its own tables; the import and the mentors' dependents go before the mentors
        givebutterImport.clearForNewSeason();
        mentors.clearForNewSeason();
        rawData.clearForNewSeason();
        int errorsClosed = errorLog.closeAllOpen(now);
        jdbc.update(
                "update seasons set mentors_archived = ?, errors_closed = ? where label = ?",
                archived.get(SeasonTable.MENTORS),
                errorsClosed,
                season);
        configService.startNewSeason(user, season);
        return new NewSeason(season, archived, errorsClosed);
    }

    /** The year the season's mentors signed up in (the latest signup), else this year. */
    private int seasonYear(Instant now) {
        Timestamp latestSignup = jdbc.queryForObject("select max(signup_at) from mentors", Timestamp.class);
        Instant reference = latestSignup == null ? now : latestSignup.toInstant();
        return reference.atZone(clock.getZone()).getYear();
    }

    /** The label, or with " (2)", " (3)"… when a season of that campaign and year was archived before. */
    private String freeLabel(String label) {
        String candidate = label;
        for (int n = 2; exists(candidate); n++) {
            candidate = label + " (" + n + ")";
        }
        return candidate;
    }

    private boolean exists(String label) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from seasons where label = ?)", Boolean.class, label));
    }

    /** The live table's columns its archive has too, in the live table's order. */
    private String sharedColumns(SeasonTable table) {
        return jdbc.queryForList("""
                        select live.column_name from information_schema.columns live
                          join information_schema.columns archive
                            on archive.table_schema = live.table_schema and archive.table_name = ?
                           and archive.column_name = live.column_name
                         where live.table_schema = current_schema() and live.table_name = ?
                         order by live.ordinal_position
                        """, String.class, table.archiveTable(), table.liveTable()).stream()
                .map(column -> '"' + column + '"')
                .collect(Collectors.joining(", "));
    }
}
