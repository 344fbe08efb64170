package org.swab.mentorsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;
import org.swab.mentorsync.sync.fake.JotformJsonShapes;

/** A bad configuration after a good run of 20 mentors: the guards stop the run before it writes. */
@IntegrationTest
class SyncGuardsIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();
    static final FakeDataset SEASON = FakeDataset.generate(20, 10, 5, 11);

    @Autowired
    SyncService syncService;

    @Autowired
    SyncHistoryService historyService;

    @Autowired
    SyncConfigService configService;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    List<Map<String, Object>> mentorsBefore;
    List<Map<String, Object>> tasksBefore;

    @BeforeEach
    void aGoodRunFirst() {
        SEASON.serveOn(APIS);
        assertThat(syncService
                        .run(SyncRequest.manual("admin"), SyncListener.NONE)
                        .succeeded())
                .isTrue();
        mentorsBefore = table("mentors");
        tasksBefore = table("mn_tasks");
    }

    List<Map<String, Object>> table(String name) {
        return jdbc.queryForList("select * from " + name + " order by 1");
    }

    /** The season without its last {@code count} signups (they have no setup or member rows). */
    void signupsLeave(int count) {
        APIS.serveSignups(SEASON.signups().subList(0, SEASON.signups().size() - count));
    }

    long dropped() {
        return jdbc.queryForObject("select count(*) from mentors where dropped", Long.class);
    }

    Map<String, Object> log(SyncOutcome outcome) {
        return jdbc.queryForMap(
                "select status, error_message, error_details ->> 'reason' as reason from sync_log " + "where id = ?",
                outcome.logId());
    }

    @Test
    void swapped_form_ids_change_no_mentor_nor_raw_row_and_leave_a_failed_run_saying_why() {
        List<Map<String, Object>> signupsBefore = table("raw_mn_signups");
        List<Map<String, Object>> setupsBefore = table("raw_mn_funds_setup");
        configService.updateApiSettings(new ApiSettings(
                null,
                APIS.jotformBaseUrl(),
                JotformJsonShapes.SETUP_FORM,
                JotformJsonShapes.SIGNUP_FORM,
                null,
                APIS.givebutterBaseUrl(),
                FakeApis.CAMPAIGN_CODE,
                false,
                6));

        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        SyncOutcome confirmed = syncService.run(SyncRequest.manual("admin").confirmingDrops(), SyncListener.NONE);

        assertThat(outcome.failedStep()).isEqualTo("Jotform Signups");
        assertThat(log(outcome))
                .containsEntry("status", "failed")
                .containsEntry("reason", "no_mentor_ids")
                .containsEntry(
                        "error_message",
                        "Jotform Signups failed: The signup form returned 10 submissions "
                                + "and none has a mentor id: is the setup form's id in the signup field? "
                                + "Nothing was changed.");
        assertThat(log(confirmed)).containsEntry("status", "failed").containsEntry("reason", "no_mentor_ids");
        assertThat(table("mentors")).isEqualTo(mentorsBefore);
        assertThat(table("mn_tasks")).isEqualTo(tasksBefore);
        assertThat(table("raw_mn_signups")).isEqualTo(signupsBefore);
        assertThat(table("raw_mn_funds_setup")).isEqualTo(setupsBefore);
        assertThat(historyService.refusedDrops()).isEmpty();
    }

    @Test
    void a_run_dropping_more_than_a_tenth_of_the_mentors_is_refused_until_the_admin_confirms() {
        signupsLeave(3);

        SyncOutcome refused = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(refused.failedStep()).isEqualTo("ETL Process");
        String reason = "ETL Process failed: This run would drop 3 of 20 active mentors (15 %), more than the 10 % "
                + "allowed; nothing was changed. Confirm on the Sync page if they really left.";
        assertThat(log(refused))
                .containsEntry("status", "failed")
                .containsEntry("reason", "drop_guard")
                .containsEntry("error_message", reason);
        assertThat(table("mentors")).isEqualTo(mentorsBefore);
        assertThat(table("mn_tasks")).isEqualTo(tasksBefore);
        assertThat(historyService.refusedDrops()).contains(reason);

        SyncOutcome confirmed = syncService.run(SyncRequest.manual("admin").confirmingDrops(), SyncListener.NONE);

        assertThat(confirmed.succeeded()).as(confirmed.errorMessage()).isTrue();
        assertThat(dropped()).isEqualTo(3);
        assertThat(historyService.refusedDrops()).isEmpty();
    }

    @Test
    void post_run_with_confirm_drops_lets_the_refused_drops_through() {
        signupsLeave(3);
        ApiClient api = new ApiClient(port);

        HttpResponse<String> refused = api.send(api.request("/api/sync/run")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        HttpResponse<String> confirmed = api.send(api.request("/api/sync/run?confirm_drops=true")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(refused.body())
                .contains("{\"step\":\"ETL Process\",\"status\":\"failed\",\"message\":\"This run "
                        + "would drop 3 of 20 active mentors");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body())
                .contains("{\"step\":\"ETL Process\",\"status\":\"completed\",\"message\":\"17 "
                        + "mentors processed, 3 dropped (confirmed by the admin)");
        assertThat(dropped()).isEqualTo(3);
    }

    @Test
    void a_drop_within_the_allowed_share_goes_through_without_confirmation() {
        signupsLeave(2);

        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(outcome.succeeded()).as(outcome.errorMessage()).isTrue();
        assertThat(dropped()).isEqualTo(2);
    }
}
