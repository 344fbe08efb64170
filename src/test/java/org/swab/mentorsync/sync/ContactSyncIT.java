package org.swab.mentorsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.swab.mentorsync.sync.fake.FakeContacts;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class ContactSyncIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();
    static final FakeContacts CONTACTS = new FakeContacts(APIS);

    @Autowired
    SyncService syncService;

    @Autowired
    SyncConfigService configService;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void twoLinkedMentors() {
        mentor("1001", 30010001L, "Grace", "Lopez", "+16787251636", "glopez@uga.edu", "grace@gmail.com");
        mentor("1002", 30010002L, "Owen", "Nguyen", "+17705236596", "onguyen@uga.edu", null);
        CONTACTS.serve(graceAsInGivebutter());
        CONTACTS.serve(FakeContacts.contact(30010002L, "Owen", "Nguyen", "(770) 523-6596", "onguyen@uga.edu"));
    }

    static ObjectNode graceAsInGivebutter() {
        return FakeContacts.contact(
                30010001L, "Grace", "Lopez", "+1 678-725-1636", "grace@gmail.com", "glopez@uga.edu");
    }

    @Test
    void the_same_data_in_givebutter_mirrors_both_contacts_without_conflicts() {
        SyncOutcome outcome = runContactSync();

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.COMPLETED);
        assertThat(jdbc.queryForList("select sync_status from raw_mn_gb_contacts order by mn_id", String.class))
                .containsExactly("synced", "synced");
        assertThat(jdbc.queryForObject("select source from raw_mn_gb_contacts where mn_id = '1001'", String.class))
                .isEqualTo("api_sync");
        assertThat(jdbc.queryForObject("select count(*) from mn_errors", Long.class))
                .isZero();
        assertThat(lastLog()).containsEntry("sync_type", "contact_sync").containsEntry("status", "completed");
    }

    @Test
    void each_jotform_owned_difference_is_one_conflict_logged_once_and_never_written_to_the_mentor() {
        ObjectNode grace = graceAsInGivebutter();
        grace.put("primary_phone", "+16785550000");
        grace.put("first_name", "Gracie");
        grace.put("middle_name", "Ann");
        grace.put("last_name", "Lopes");
        grace.putArray("emails").addObject().put("type", "personal").put("value", "grace@gmail.com");
        CONTACTS.serve(grace);

        runContactSync();
        runContactSync();

        assertThat(jdbc.queryForObject(
                        "select count(*) from mn_errors where error_type = 'contact_data_conflict'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select error_message from mn_errors", String.class))
                .contains("5 fields")
                .contains("phone")
                .contains("uga_email")
                .contains("first_name")
                .contains("middle_name")
                .contains("last_name");
        assertThat(jdbc.queryForMap("select phone, first_name, last_name, uga_email from mentors where mn_id = '1001'"))
                .containsEntry("phone", "+16787251636")
                .containsEntry("first_name", "Grace")
                .containsEntry("last_name", "Lopez")
                .containsEntry("uga_email", "glopez@uga.edu");
        assertThat(jdbc.queryForObject("select sync_status from raw_mn_gb_contacts where mn_id = '1001'", String.class))
                .isEqualTo("conflict");
    }

    @Test
    void shared_fields_changed_in_givebutter_are_synced_back_with_an_audit_trail() {
        ObjectNode grace = graceAsInGivebutter();
        grace.put("preferred_name", "Gigi");
        grace.put("primary_email", "grace.new@example.org");
        FakeContacts.customField(grace, "📆 Shift Preference", "Option 3");
        FakeContacts.customField(grace, "👯‍♂️ Partner Preference", "2");
        CONTACTS.serve(grace);

        runContactSync();

        assertThat(jdbc.queryForMap("select preferred_name, personal_email, shift_preference, partner_preference "
                        + "from mentors where mn_id = '1001'"))
                .containsEntry("preferred_name", "Gigi")
                .containsEntry("personal_email", "grace.new@example.org")
                .containsEntry("shift_preference", "Option 3")
                .containsEntry("partner_preference", "2");
        assertThat(jdbc.queryForList(
                        "select field from mentor_field_changes where source = 'givebutter_sync' " + "order by field",
                        String.class))
                .containsExactly("partner_preference", "personal_email", "preferred_name", "shift_preference");
    }

    @Test
    void an_empty_givebutter_value_never_erases_ours() {
        jdbc.update("update mentors set shift_preference = 'Option 1' where mn_id = '1001'");
        ObjectNode grace = graceAsInGivebutter();
        grace.putNull("preferred_name");
        grace.putNull("prefix");
        FakeContacts.customField(grace, "📆 Shift Preference", "");
        CONTACTS.serve(grace);

        runContactSync();

        assertThat(jdbc.queryForMap("select preferred_name, shift_preference from mentors where mn_id = '1001'"))
                .containsEntry("preferred_name", "Grace")
                .containsEntry("shift_preference", "Option 1");
    }

    @Test
    void a_deleted_contact_turns_stale_keeps_its_id_and_is_logged_once() {
        CONTACTS.serveDeleted(30010002L);

        runContactSync();
        SyncOutcome second = runContactSync();

        assertThat(second.status()).isEqualTo(SyncRunStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select gb_contact_id from mentors where mn_id = '1002'", Long.class))
                .isEqualTo(30010002L);
        assertThat(jdbc.queryForObject("select sync_status from raw_mn_gb_contacts where mn_id = '1002'", String.class))
                .isEqualTo("stale");
        assertThat(jdbc.queryForList(
                        "select error_key from mn_errors where error_type = 'contact_deleted'", String.class))
                .containsExactly("1002:30010002");
    }

    @Test
    void one_deleted_contact_among_good_ones_is_marked_without_asking_for_the_contact_list() {
        for (int i = 3; i <= 12; i++) {
            long contactId = 30010000L + i;
            mentor(
                    String.valueOf(1000 + i),
                    contactId,
                    "Mentor",
                    "Number" + i,
                    "+1706555" + (1000 + i),
                    "m" + i + "@uga.edu",
                    null);
            CONTACTS.serve(FakeContacts.contact(
                    contactId, "Mentor", "Number" + i, "+1706555" + (1000 + i), "m" + i + "@uga.edu"));
        }
        CONTACTS.serveDeleted(30010002L);

        SyncOutcome outcome = runContactSync();

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.COMPLETED);
        assertThat(jdbc.queryForList("select mn_id from raw_mn_gb_contacts where sync_status = 'stale'", String.class))
                .containsExactly("1002");
        assertThat(jdbc.queryForList(
                        "select error_key from mn_errors where error_type = 'contact_deleted'", String.class))
                .containsExactly("1002:30010002");
        assertThat(APIS.server().getAllServeEvents())
                .extracting(event -> event.getRequest().getUrl())
                .noneMatch(url -> url.startsWith("/v1/contacts?"));
        assertThat(lastLogMessage()).contains("11 contacts synced").contains("1 deleted in Givebutter");
    }

    @Test
    void when_every_contact_answers_404_the_contact_list_proves_the_url_before_they_are_marked_deleted() {
        CONTACTS.serveDeleted(30010001L);
        CONTACTS.serveDeleted(30010002L);
        CONTACTS.serveList(FakeContacts.contact(30020001L, "Someone", "Else", "+17065550101"));

        SyncOutcome outcome = runContactSync();

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.COMPLETED);
        assertThat(jdbc.queryForList("select sync_status from raw_mn_gb_contacts order by mn_id", String.class))
                .containsExactly("stale", "stale");
        assertThat(jdbc.queryForList(
                        "select error_key from mn_errors where error_type = 'contact_deleted' " + "order by error_key",
                        String.class))
                .containsExactly("1001:30010001", "1002:30010002");
    }

    @Test
    void a_wrong_givebutter_base_path_stops_the_step_marks_nothing_stale_and_logs_no_deletion() {
        assertThat(runContactSync().succeeded()).isTrue();
        configService.updateApiSettings(new ApiSettings(
                null,
                APIS.jotformBaseUrl(),
                "1",
                "2",
                null,
                APIS.server().baseUrl() + "/api/v1",
                FakeApis.CAMPAIGN_CODE,
                false,
                6));

        SyncOutcome outcome = runContactSync();

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.FAILED);
        assertThat(outcome.errorMessage())
                .isEqualTo("Contact Sync failed: Givebutter answers 404 for every "
                        + "contact: check the base URL (" + APIS.server().baseUrl()
                        + "/api/v1) in Settings. No contact was "
                        + "marked deleted.");
        assertThat(jdbc.queryForList("select sync_status from raw_mn_gb_contacts order by mn_id", String.class))
                .containsExactly("synced", "synced");
        assertThat(jdbc.queryForObject("select count(*) from mn_errors", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select error_details ->> 'reason' from sync_log where id = ?", String.class, outcome.logId()))
                .isEqualTo("wrong_base_url");
    }

    @Test
    void one_contacts_server_error_is_logged_and_the_others_are_synced() {
        CONTACTS.serveServerError(30010002L);

        SyncOutcome outcome = runContactSync();

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select sync_status from raw_mn_gb_contacts where mn_id = '1001'", String.class))
                .isEqualTo("synced");
        assertThat(jdbc.queryForMap("select error_key, severity from mn_errors where error_type = 'api_error'"))
                .containsEntry("error_key", "contact:1002")
                .containsEntry("severity", "error");
        assertThat(lastLogMessage()).contains("1 contacts synced").contains("1 failed");
    }

    @Test
    void a_rate_limited_contact_is_asked_again_after_each_429_and_then_synced() {
        CONTACTS.serveRateLimitedThen(graceAsInGivebutter(), 2, 1);

        SyncOutcome outcome = runContactSync();

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.COMPLETED);
        assertThat(jdbc.queryForList("select sync_status from raw_mn_gb_contacts order by mn_id", String.class))
                .containsExactly("synced", "synced");
        // that the retry waits Retry-After is shown in ApiCallerTest, that the pause holds every worker back with a
        // fake clock in SlidingWindowRateLimiterTest; gaps between this run's requests depend on the machine's load
        assertThat(APIS.server().getAllServeEvents())
                .filteredOn(event -> event.getRequest().getUrl().equals("/v1/contacts/30010001"))
                .extracting(event -> event.getResponse().getStatus())
                .containsExactlyInAnyOrder(429, 429, 200);
    }

    @Test
    void a_rejected_key_fails_the_run_with_a_clear_message_and_changes_no_mentor() {
        configService.updateApiSettings(new ApiSettings(
                null,
                APIS.jotformBaseUrl(),
                "1",
                "2",
                "wrong-key",
                APIS.givebutterBaseUrl(),
                FakeApis.CAMPAIGN_CODE,
                false,
                6));

        SyncOutcome outcome = runContactSync();

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.FAILED);
        assertThat(lastLogMessage()).contains("Givebutter API key was rejected");
        assertThat(jdbc.queryForObject("select count(*) from raw_mn_gb_contacts", Long.class))
                .isZero();
    }

    @Test
    void mentors_without_a_contact_id_or_dropped_are_not_fetched() {
        jdbc.update("insert into mentors (mn_id, preferred_name) values ('1003', 'New')");
        jdbc.update(
                "insert into mentors (mn_id, preferred_name, gb_contact_id, dropped) values ('1004', 'Gone', 5, true)");

        runContactSync();

        assertThat(APIS.server().getAllServeEvents())
                .extracting(event -> event.getRequest().getUrl())
                .containsOnly("/v1/contacts/30010001", "/v1/contacts/30010002");
    }

    @Test
    void post_contacts_run_streams_progress_and_the_result_as_server_sent_events() {
        var response = new ApiClient(port)
                .send(new ApiClient(port)
                        .request("/api/sync/contacts/run")
                        .header("Accept", "text/event-stream")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().filter(line -> !line.isBlank()).toList())
                .containsExactly(
                        "data: {\"step\":\"Contact Sync\",\"status\":\"running\"}",
                        "data: {\"step\":\"Contact Sync\",\"status\":\"running\",\"message\":\"2 of 2 contacts\"}",
                        "data: {\"step\":\"Contact Sync\",\"status\":\"completed\",\"message\":\"2 contacts synced, "
                                + "0 conflicts\"}");
        assertThat(lastLog()).containsEntry("triggered_by", "manual");
    }

    private SyncOutcome runContactSync() {
        return syncService.run(SyncRequest.contactSync(TriggeredBy.MANUAL, "admin"), SyncListener.NONE);
    }

    private void mentor(
            String mnId,
            long contactId,
            String first,
            String last,
            String phone,
            String ugaEmail,
            String personalEmail) {
        jdbc.update("""
                insert into mentors (mn_id, gb_contact_id, first_name, last_name, preferred_name, full_name, phone,
                                     uga_email, personal_email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", mnId, contactId, first, last, first, first + " " + last, phone, ugaEmail, personalEmail);
    }

    private Map<String, Object> lastLog() {
        return jdbc.queryForMap("select sync_type, status, triggered_by from sync_log order by id desc limit 1");
    }

    private String lastLogMessage() {
        return jdbc.queryForObject(
                "select coalesce(error_message, steps::text) from sync_log order by id desc limit 1", String.class);
    }
}
