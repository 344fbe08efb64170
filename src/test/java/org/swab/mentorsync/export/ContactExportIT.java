package org.swab.mentorsync.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.mentor.MentorStatus;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class ContactExportIT {

    @LocalServerPort
    int port;

    @Autowired
    GivebutterImportExport export;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void stagedImportRows() {
        cleaner.clean();
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, status_category, dropped) values
                  ('1001', 'Ann', 'needs_page', false), ('1002', 'Bo', 'complete', false),
                  ('1003', 'Cy', 'complete', true)
                """);
        jdbc.update("""
                insert into mn_gb_import (mn_id, "Givebutter Contact ID", "Contact External ID", "First Name",
                                          "Last Name", "Primary Email", "Tags", "Email Subscription Status",
                                          custom_fields)
                values ('1001', null, '1001', 'Ann', 'Lee', 'ann@x.org', 'Mentors 2026, Volunteer', 'yes',
                        '{"📈 Fully Fundraised": "No", "🎓 UGA Class": "Senior"}'),
                       ('1002', '30012345', null, 'Bo', 'Ray', 'bo@x.org', 'Mentors 2026', 'yes',
                        '{"📈 Fully Fundraised": "Yes", "🎓 UGA Class": "Junior"}'),
                       ('1003', null, '1003', 'Cy', 'Poe', null, null, null, '{}')
                """);
    }

    @Test
    void the_file_has_givebutters_template_columns_in_order_then_the_custom_fields_by_name() throws Exception {
        List<String[]> lines = read(export.export(Set.of(), "admin"));

        assertThat(lines.getFirst())
                .startsWith("Givebutter Contact ID", "Contact External ID", "Contact Since", "Prefix", "First Name")
                .endsWith("Address Subscription Status", "🎓 UGA Class", "📈 Fully Fundraised");
        assertThat(lines.getFirst()).hasSize(36 + 2);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("", "1001", "", "", "Ann");
        assertThat(lines.get(2)).startsWith("30012345", "", "", "", "Bo");
        assertThat(lines.get(1)[31]).isEqualTo("Mentors 2026, Volunteer");
    }

    @Test
    void a_status_filter_keeps_only_those_mentors_and_dropped_ones_never_appear() throws Exception {
        GivebutterImportFile file = export.export(Set.of(MentorStatus.COMPLETE), "admin");

        assertThat(file.contacts()).isEqualTo(1);
        assertThat(read(file).get(1)[4]).isEqualTo("Bo");
        assertThat(jdbc.queryForList("select mn_id from mn_gb_import where last_exported_at is not null", String.class))
                .containsExactly("1002");
    }

    @Test
    void the_rest_endpoint_answers_the_csv_as_an_attachment_and_refuses_an_unknown_status() {
        ApiClient api = new ApiClient(port);

        HttpResponse<String> response = api.postJson(
                "/api/sync/features/contact-export",
                "{\"filters\": {\"status\": [\"needs_page\"]}, \"include_all\": false}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment")
                .contains("givebutter-contact-import-");
        assertThat(response.body().lines().toList()).hasSize(2);
        assertThat(api.postJson("/api/sync/features/contact-export", "{\"filters\": {\"status\": [\"done\"]}}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void the_header_is_givebutters_template_byte_for_byte_after_the_byte_order_mark() {
        byte[] content = export.export(Set.of(), "admin").content();
        String template = "Givebutter Contact ID,Contact External ID,Contact Since,Prefix,First Name,"
                + "Preferred First Name,Middle Name,Last Name,Suffix,Primary Email,Primary Phone Number,Address Line 1,"
                + "Address Line 2,City,State,Zip Code,Country,Gender,Pronouns,Household Name,Household Envelope Name,"
                + "Is Household Primary Contact,Email Addresses,Phone Numbers,Date of Birth,Employer,Title,"
                + "Twitter URL,LinkedIn URL,Facebook URL,TikTok URL,Tags,Notes,Email Subscription Status,"
                + "Phone Subscription Status,Address Subscription Status,";

        assertThat(java.util.Arrays.copyOfRange(content, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(content, 3, template.length(), StandardCharsets.UTF_8))
                .isEqualTo(template);
        assertThat(new String(content, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void rows_givebutter_would_reject_are_reported_with_what_to_do_and_left_out_and_long_texts_are_cut()
            throws Exception {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, status_category, dropped) values
                  ('1004', 'Di', 'complete', false), ('1005', 'Ed', 'complete', false),
                  ('1006', 'Flo', 'complete', false)
                """);
        jdbc.update("""
                insert into mn_gb_import (mn_id, "Givebutter Contact ID", "Contact External ID", "First Name",
                                          "Last Name", custom_fields)
                values ('1004', null, '1004', 'Di', 'Sun', '{}'),
                       ('1005', null, '1005', 'Ed', null, '{}'),
                       ('1006', null, '1006', 'Flo', 'Day',
                        jsonb_build_object('📱Custom Text Message 1️⃣', repeat('x', 300)))
                """);
        jdbc.update("""
                insert into raw_gb_full_contacts (contact_id, external_id, first_name, last_name, csv_uploaded_at,
                                                  csv_filename)
                values (40004, '1004', 'Diana', 'Sun', now(), 'export.csv')
                """);

        ContactImportReport report = export.report(Set.of(MentorStatus.COMPLETE));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.updates()).isEqualTo(1);
        assertThat(report.creates()).isEqualTo(1);
        assertThat(report.problems())
                .extracting(ContactImportReport.Problem::mnId, ContactImportReport.Problem::leftOut)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("1004", true),
                        org.assertj.core.groups.Tuple.tuple("1005", true),
                        org.assertj.core.groups.Tuple.tuple("1006", false));
        assertThat(report.problems())
                .filteredOn(problem -> problem.mnId().equals("1004"))
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.problem()).contains("Contact 40004 already holds external id 1004"));

        List<String[]> lines = read(export.export(Set.of(MentorStatus.COMPLETE), "admin"));
        assertThat(lines).extracting(line -> line[1]).containsExactly("Contact External ID", "", "1006");
        int textColumn = List.of(lines.getFirst()).indexOf("📱Custom Text Message 1️⃣");
        assertThat(lines.get(2)[textColumn]).hasSize(255);
        assertThat(jdbc.queryForMap("select sync_type, status, records_processed, triggered_by_user from sync_log"))
                .containsEntry("sync_type", "feature_export")
                .containsEntry("status", "completed")
                .containsEntry("records_processed", 2)
                .containsEntry("triggered_by_user", "admin");
    }

    @Test
    void a_hostile_cell_comes_out_inert_while_phones_and_ids_stay_usable() throws Exception {
        jdbc.update("update mn_gb_import set \"First Name\" = '=HYPERLINK(\"http://x.example\",\"win\")', "
                + "\"Last Name\" = '@SUM(A1)', \"Primary Phone Number\" = '+17065550134' where mn_id = '1001'");

        String[] ann = read(export.export(Set.of(), "admin")).get(1);

        assertThat(ann[4]).isEqualTo("'=HYPERLINK(\"http://x.example\",\"win\")");
        assertThat(ann[7]).isEqualTo("'@SUM(A1)");
        assertThat(ann[10]).isEqualTo("+17065550134");
        assertThat(ann[1]).isEqualTo("1001");
    }

    @Test
    void the_dry_run_answers_the_report_as_json() {
        ApiClient api = new ApiClient(port);

        HttpResponse<String> response =
                api.postJson("/api/sync/features/contact-export?dry_run=true", "{\"include_all\": true}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"rows\":2")
                .contains("\"updates\":1")
                .contains("\"creates\":1")
                .contains("\"csv_warning\":\"No contacts CSV uploaded yet");
    }

    @Test
    void a_contacts_csv_older_than_a_day_is_warned_about_and_a_fresher_one_is_not() {
        jdbc.update("insert into csv_import_log (filename, uploaded_at, outcome) values ('old.csv', "
                + "now() - interval '25 hours', 'completed')");
        assertThat(export.report(Set.of()).csvWarning()).startsWith("The last contacts CSV is 25 hours old");

        jdbc.update("update csv_import_log set uploaded_at = now() - interval '23 hours'");
        assertThat(export.report(Set.of()).csvWarning()).isNull();
    }

    private static List<String[]> read(GivebutterImportFile file) throws Exception {
        String content = new String(file.content(), StandardCharsets.UTF_8);
        try (CSVReader reader =
                new CSVReader(new StringReader(content.startsWith("\uFEFF") ? content.substring(1) : content))) {
            return reader.readAll();
        }
    }
}
