package org.swab.mentorsync.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.settings.SetupState;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;
import org.swab.mentorsync.sync.SyncExclusiveWork;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Start a new season" over REST and the service: the typed guard, the archive, all or nothing, mn_ids again. */
@IntegrationTest
class NewSeasonIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final int MENTORS = 12;
    static final List<String> LIVE_TABLES = List.of(
            "mentors",
            "mn_tasks",
            "raw_mn_signups",
            "raw_mn_funds_setup",
            "raw_gb_campaign_members",
            "mn_gb_import",
            "raw_mn_gb_contacts",
            "raw_gb_full_contacts",
            "sync_log",
            "csv_import_log",
            "mn_errors",
            "seasons",
            "season_mentors");

    @LocalServerPort
    int port;

    @Autowired
    SeasonService seasons;

    @Autowired
    SyncService syncService;

    @Autowired
    SyncConfigService configService;

    @Autowired
    SyncExclusiveWork exclusive;

    @Autowired
    MentorService mentorService;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient api;

    @BeforeEach
    void lastSeasonWithHistory() {
        api = new ApiClient(port);
        FakeDataset.generate(MENTORS, 8, 5, 3).serveOn(FAKE_APIS.apis());
        assertThat(syncService
                        .run(SyncRequest.initialization("admin"), SyncListener.NONE)
                        .succeeded())
                .isTrue();
        jdbc.update("update mentors set gb_contact_id = 9001 where mn_id = (select min(mn_id) from mentors)");
        jdbc.update("insert into raw_gb_full_contacts (contact_id, csv_uploaded_at, csv_filename) "
                + "values (9001, now(), 'export.csv')");
        jdbc.update("insert into csv_import_log (filename, outcome) values ('export.csv', 'completed')");
        jdbc.update("insert into mn_errors (error_type, error_key, error_message, severity) "
                + "values ('invalid_phone', 'open-one', 'Bad phone', 'warning')");
        jdbc.update("insert into mn_errors (error_type, error_key, error_message, severity, resolved, resolved_by) "
                + "values ('invalid_phone', 'resolved-one', 'Bad phone', 'warning', true, 'admin')");
        configService.markInitialized("admin");
    }

    @Test
    void a_wrong_campaign_code_is_refused_and_nothing_changes() {
        Map<String, Object> before = snapshot();

        HttpResponse<String> response = api.postJson("/api/sync/new-season", "{\"confirm_campaign_code\": \"cqvg3w\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("wrong_campaign_code");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(configService.setupState().initialized()).isTrue();
    }

    @Test
    void the_new_season_archives_last_season_viewable_while_every_count_starts_at_zero() {
        long history = count("sync_log");
        long errors = count("mn_errors");

        HttpResponse<String> response =
                api.postJson("/api/sync/new-season", "{\"confirm_campaign_code\": \"" + FakeApis.CAMPAIGN_CODE + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        String season = body.path("season").asString();
        assertThat(season).matches("CQVG3W \\d{4}");
        assertThat(body.path("mentors_archived").asInt()).isEqualTo(MENTORS);
        assertThat(body.path("signups_archived").asInt()).isEqualTo(MENTORS);
        assertThat(body.path("members_archived").asInt()).isEqualTo(5);
        for (String live : List.of(
                "mentors",
                "mn_tasks",
                "raw_mn_signups",
                "raw_mn_funds_setup",
                "raw_gb_campaign_members",
                "mn_gb_import")) {
            assertThat(count(live)).as(live).isZero();
        }
        assertThat(mentorService.overview().activeMentors()).isZero();

        assertThat(seasons.countMentors(season)).isEqualTo(MENTORS);
        assertThat(seasons.mentors(season, 0, 50))
                .hasSize(MENTORS)
                .anySatisfy(mentor -> assertThat(mentor.gbContactId()).isEqualTo(9001L));
        assertThat(count("season_mn_tasks")).isEqualTo(MENTORS);
        assertThat(count("season_raw_mn_funds_setup")).isEqualTo(8);

        assertThat(count("sync_log")).isEqualTo(history);
        assertThat(count("csv_import_log")).isEqualTo(1);
        assertThat(count("raw_gb_full_contacts")).isEqualTo(1);
        assertThat(count("mn_errors")).as("errors are closed, not deleted").isEqualTo(errors);
        assertThat(count("mn_errors where not resolved")).isZero();
        assertThat(jdbc.queryForObject(
                        "select resolved_by from mn_errors where error_key = 'resolved-one'", String.class))
                .isEqualTo("admin");

        SetupState setup = configService.setupState();
        assertThat(setup.initialized()).isFalse();
        assertThat(setup.step()).isEqualTo(SetupState.KEYS);
        assertThat(configService.syncTargets().givebutterCampaignCode()).isNull();
        assertThat(configService.apiSettingsStatus().jotformApiKeySet()).isTrue();
        assertThat(api.get("/api/seasons").body()).contains("\"season\":\"" + season + "\"");
    }

    @Test
    void next_season_may_use_the_same_mn_ids_and_a_second_archive_gets_its_own_label() {
        String first = seasons.startNewSeason(FakeApis.CAMPAIGN_CODE, "admin").season();
        configService.updateApiSettings(FAKE_APIS.apis().settings());

        assertThat(syncService
                        .run(SyncRequest.initialization("admin"), SyncListener.NONE)
                        .succeeded())
                .isTrue();

        assertThat(jdbc.queryForList("select mn_id from mentors order by mn_id", String.class))
                .hasSize(MENTORS)
                .isEqualTo(jdbc.queryForList(
                        "select mn_id from season_mentors where season = ? order by mn_id", String.class, first));
        String second = seasons.startNewSeason(FakeApis.CAMPAIGN_CODE, "admin").season();
        assertThat(second).isEqualTo(first + " (2)");
        assertThat(seasons.seasons()).extracting(Season::label).containsExactly(second, first);
        assertThat(count("season_mentors")).isEqualTo(2 * MENTORS);
    }

    @Test
    void a_failure_mid_archive_leaves_everything_as_it_was() {
        Map<String, Object> before = snapshot();
        // the archive breaks after the mentors are copied and deleted, while clearing the form rows
        jdbc.execute("create function fail_season_archive() returns trigger language plpgsql as "
                + "$$ begin raise exception 'disk full'; end $$");
        jdbc.execute("create trigger fail_season_archive before delete on raw_gb_campaign_members "
                + "for each statement execute function fail_season_archive()");
        try {
            assertThatThrownBy(() -> seasons.startNewSeason(FakeApis.CAMPAIGN_CODE, "admin"))
                    .hasStackTraceContaining("disk full");
        } finally {
            jdbc.execute("drop trigger fail_season_archive on raw_gb_campaign_members");
            jdbc.execute("drop function fail_season_archive()");
        }

        assertThat(snapshot()).isEqualTo(before);
        assertThat(configService.setupState().initialized()).isTrue();
        assertThat(configService.syncTargets().givebutterCampaignCode()).isEqualTo(FakeApis.CAMPAIGN_CODE);
    }

    @Test
    void no_new_season_starts_while_a_sync_holds_the_lock() {
        Map<String, Object> before = snapshot();

        exclusive.run(() -> {
            assertThatThrownBy(() -> seasons.startNewSeason(FakeApis.CAMPAIGN_CODE, "admin"))
                    .isInstanceOf(SyncAlreadyRunningException.class);
            return null;
        });

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void each_archived_table_exports_as_a_spreadsheet_safe_csv_without_the_raw_json() {
        String season = seasons.startNewSeason(FakeApis.CAMPAIGN_CODE, "admin").season();

        String mentors = export(season, SeasonTable.MENTORS);
        String signups = export(season, SeasonTable.SIGNUPS);

        assertThat(mentors).startsWith("\uFEFFmn_id,phone,gb_contact_id,");
        String[] lines = mentors.substring(1).split("\r\n");
        assertThat(lines).hasSize(MENTORS + 1);
        assertThat(lines[0]).doesNotContain("season").doesNotContain("archived_at");
        assertThat(signups.lines().findFirst().orElseThrow())
                .contains("submission_id")
                .doesNotContain("submission,");
        assertThat(signups.split("\r\n")).hasSize(MENTORS + 1);
    }

    private String export(String season, SeasonTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        seasons.exportCsv(season, table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        LIVE_TABLES.forEach(table -> state.put(table, count(table)));
        state.put("open errors", count("mn_errors where not resolved"));
        state.put(
                "config",
                jdbc.queryForMap("select jotform_signup_form_id, givebutter_campaign_code, initialized_at, "
                        + "setup_step from sync_config"));
        state.put("mentor rows", jdbc.queryForList("select * from mentors order by mn_id"));
        return state;
    }

    private long count(String tableAndCondition) {
        return jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
    }
}
