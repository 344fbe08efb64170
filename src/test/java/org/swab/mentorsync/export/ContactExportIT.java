package org.swab.mentorsync.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
                  ('1001', 'Ann', 'needs_page', false), ('1002', 'Bo', 'complete', false), ('1003', 'Cy', 'complete', true)
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
        List<String[]> lines = read(export.export(Set.of()));

        assertThat(lines.getFirst()).startsWith("Givebutter Contact ID", "Contact External ID", "Contact Since",
                "Prefix", "First Name").endsWith("Address Subscription Status", "🎓 UGA Class", "📈 Fully Fundraised");
        assertThat(lines.getFirst()).hasSize(36 + 2);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("", "1001", "", "", "Ann");
        assertThat(lines.get(2)).startsWith("30012345", "", "", "", "Bo");
        assertThat(lines.get(1)[31]).isEqualTo("Mentors 2026, Volunteer");
    }

    @Test
    void a_status_filter_keeps_only_those_mentors_and_dropped_ones_never_appear() throws Exception {
        GivebutterImportFile file = export.export(Set.of(MentorStatus.COMPLETE));

        assertThat(file.contacts()).isEqualTo(1);
        assertThat(read(file).get(1)[4]).isEqualTo("Bo");
        assertThat(jdbc.queryForList("select mn_id from mn_gb_import where last_exported_at is not null",
                String.class)).containsExactly("1002");
    }

    @Test
    void the_rest_endpoint_answers_the_csv_as_an_attachment_and_refuses_an_unknown_status() {
        ApiClient api = new ApiClient(port);

        HttpResponse<String> response = api.postJson("/api/sync/features/contact-export",
                "{\"filters\": {\"status\": [\"needs_page\"]}, \"include_all\": false}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("givebutter-contact-import-");
        assertThat(response.body().lines().toList()).hasSize(2);
        assertThat(api.postJson("/api/sync/features/contact-export", "{\"filters\": {\"status\": [\"done\"]}}")
                .statusCode()).isEqualTo(400);
    }

    private static List<String[]> read(GivebutterImportFile file) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(new String(file.content(),
                java.nio.charset.StandardCharsets.UTF_8)))) {
            return reader.readAll();
        }
    }
}
