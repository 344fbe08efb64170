package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class GivebutterCsvImportServiceIT {

    @Autowired
    GivebutterCsvImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path directory;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @Test
    void generated_population_links_every_mentor_exactly_as_planted() {
        GivebutterExportGenerator.Population population = plant(3_000, 12);

        CsvImportSummary summary = imports.importCsv(upload(directory.resolve("export.csv")), ImportProgress.NONE);

        Map<String, Long> links = actualLinks();
        population.expectedLinks.forEach((mnId, contactId) ->
                assertThat(links.get(mnId)).as("contact of mentor %s", mnId).isEqualTo(contactId));
        long expectedMatched = population.expectedLinks.values().stream()
                .filter(id -> id != null)
                .count();
        assertThat(summary.contactsImported()).isEqualTo(3_000);
        assertThat(summary.mentorsMatched()).isEqualTo(expectedMatched);
        assertThat(summary.newContactIdsCaptured()).isEqualTo((int) expectedMatched);
        assertThat(jdbc.queryForObject(
                        "select count(*) from raw_mn_gb_contacts where source = 'csv_match' "
                                + "and sync_status = 'synced'",
                        Long.class))
                .isEqualTo(expectedMatched);
    }

    @Test
    void dropped_mentors_are_never_linked() {
        plant(400, 2);

        imports.importCsv(upload(directory.resolve("export.csv")), ImportProgress.NONE);

        assertThat(jdbc.queryForObject(
                        "select count(*) from mentors where dropped and gb_contact_id is not null", Long.class))
                .isZero();
    }

    @Test
    void every_planted_ambiguity_is_logged_with_its_ids() {
        GivebutterExportGenerator.Population population = plant(1_000, 4);

        imports.importCsv(upload(directory.resolve("export.csv")), ImportProgress.NONE);

        population.expectedAmbiguous.forEach((contactId, mnIds) -> {
            Map<String, Object> error = error("multiple_mentors_one_contact", "contact:" + contactId);
            assertThat(error.get("severity")).isEqualTo("error");
            assertThat((String) error.get("error_message"))
                    .contains(String.join(", ", mnIds))
                    .contains(contactId.toString());
        });
        population.expectedSeveralContacts.forEach((mnId, contactIds) -> {
            Map<String, Object> error = error("duplicate_gb_contact", "mentor:" + mnId);
            assertThat(error.get("severity")).isEqualTo("warning");
            contactIds.forEach(
                    id -> assertThat((String) error.get("error_message")).contains(id.toString()));
        });
        population.expectedExternalIdMismatches.forEach(contactId -> assertThat((String)
                        error("external_id_mismatch", "contact:" + contactId).get("error_message"))
                .startsWith("Contact " + contactId + " has external_id=")
                .contains("but matched to mn_id="));
        population.expectedMembersWithoutContact.forEach(memberId -> assertThat(
                        error("member_without_contact", "member:" + memberId).get("error_message"))
                .isEqualTo("Member " + memberId + " not found in contacts CSV"));
        assertThat(count("mn_errors where error_type = 'multiple_mentors_one_contact'"))
                .isEqualTo(population.expectedAmbiguous.size());
        assertThat(count("mn_errors where error_type = 'external_id_mismatch'"))
                .isEqualTo(population.expectedExternalIdMismatches.size());
        assertThat(count("mn_errors where error_type = 'member_without_contact'"))
                .isEqualTo(population.expectedMembersWithoutContact.size());
    }

    @Test
    void uploading_the_same_file_twice_adds_no_errors_and_rewrites_no_contact() {
        plant(1_000, 3);
        Path file = directory.resolve("export.csv");
        imports.importCsv(upload(file), ImportProgress.NONE);
        List<Map<String, Object>> errorsBefore = jdbc.queryForList("select id, version from mn_errors order by id");

        CsvImportSummary again = imports.importCsv(upload(file), ImportProgress.NONE);

        assertThat(jdbc.queryForList("select id, version from mn_errors order by id"))
                .isEqualTo(errorsBefore);
        assertThat(again.errorsLogged()).isZero();
        assertThat(again.contactsInserted()).isZero();
        assertThat(again.contactsUpdated()).isZero();
        assertThat(again.contactsUnchanged()).isEqualTo(1_000);
        assertThat(again.newContactIdsCaptured()).isZero();
    }

    @Test
    void a_resolved_error_stays_resolved_when_the_same_file_comes_again() {
        plant(500, 2);
        Path file = directory.resolve("export.csv");
        imports.importCsv(upload(file), ImportProgress.NONE);
        jdbc.update("update mn_errors set resolved = true, resolved_by = 'admin', resolved_at = now()");

        imports.importCsv(upload(file), ImportProgress.NONE);

        assertThat(count("mn_errors where not resolved")).isZero();
    }

    @Test
    void an_error_whose_cause_is_gone_is_resolved_by_the_next_upload() {
        jdbc.update("insert into mentors (mn_id, phone, personal_email, preferred_name) values "
                + "('1001', '+14702000001', 'mentor1001@gmail.com', 'A'), "
                + "('1002', '+14702000001', 'mentor1002@gmail.com', 'B')");
        imports.importCsv(upload(CsvFiles.export(directory, "500,,Ann,Lee,,,470-200-0001,,,,")), ImportProgress.NONE);
        assertThat(count("mn_errors where error_type = 'multiple_mentors_one_contact' and not resolved"))
                .isEqualTo(1);

        imports.importCsv(
                upload(CsvFiles.export(directory, "500,,Ann,Lee,mentor1001@gmail.com,,470-200-0001,,,,")),
                ImportProgress.NONE);

        assertThat(count("mn_errors where error_type = 'multiple_mentors_one_contact' and resolved "
                        + "and resolved_by = 'system'"))
                .isEqualTo(1);
    }

    @Test
    void a_contact_a_later_upload_gives_to_another_mentor_is_taken_from_the_first() {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, phone, personal_email) values
                  ('1001', 'Ann', '+17065550100', 'ann@x.org'), ('1002', 'Bo', '+17065550100', 'bo@x.org')""");
        imports.importCsv(
                upload(CsvFiles.export(directory, "50,,Ann,Lee,ann@x.org,,(706) 555-0100,,,,")), ImportProgress.NONE);
        assertThat(actualLinks()).containsEntry("1001", 50L).containsEntry("1002", null);

        // the family contact now carries Bo's email: the email breaks the tie for Bo
        imports.importCsv(
                upload(CsvFiles.export(directory, "50,,Bo,Lee,bo@x.org,,(706) 555-0100,,,,")), ImportProgress.NONE);

        assertThat(actualLinks()).containsEntry("1002", 50L).containsEntry("1001", null);
        assertThat(jdbc.queryForList("select mn_id from raw_mn_gb_contacts where contact_id = 50", String.class))
                .containsExactly("1002");
    }

    @Test
    void a_contact_gone_from_a_full_export_links_no_one_any_more() {
        jdbc.update("insert into mentors (mn_id, preferred_name, personal_email) values ('1001', 'Ann', 'ann@x.org')");
        imports.importCsv(
                upload(CsvFiles.export(directory, "50,,Ann,Lee,ann@x.org,,,,,,", "51,,Bo,Ray,bo@x.org,,,,,,")),
                ImportProgress.NONE);
        jdbc.update("update mentors set gb_contact_id = null");

        // contact 50 was deleted or merged in Givebutter: the next full export no longer has it
        imports.importCsv(
                upload(CsvFiles.export(directory, "51,,Bo,Ray,bo@x.org,,,,,,", "52,,Cy,Poe,cy@x.org,,,,,,")),
                ImportProgress.NONE);

        assertThat(actualLinks()).containsEntry("1001", null);
        assertThat(count("raw_gb_full_contacts where contact_id = 50")).isEqualTo(1);
    }

    @Test
    void contacts_missing_from_a_later_file_stay_and_changed_ones_are_updated() {
        imports.importCsv(
                upload(CsvFiles.export(
                        directory,
                        "1,,Ann,Lee,ann@x.org,,,,,,",
                        "2,,Bo,Ray,bo@x.org,,,,,,",
                        "3,,Cy,Poe,cy@x.org,,,,,,")),
                ImportProgress.NONE);

        CsvImportSummary second = imports.importCsv(
                upload(CsvFiles.export(directory, "2,,Bo,Ray,bo@new.org,,,,,,", "3,,Cy,Poe,cy@x.org,,,,,,")),
                ImportProgress.NONE);

        assertThat(jdbc.queryForList("select contact_id from raw_gb_full_contacts order by 1", Long.class))
                .containsExactly(1L, 2L, 3L);
        assertThat(jdbc.queryForObject(
                        "select primary_email from raw_gb_full_contacts where contact_id = 2", String.class))
                .isEqualTo("bo@new.org");
        assertThat(second.contactsUpdated()).isEqualTo(1);
        assertThat(second.contactsUnchanged()).isEqualTo(1);
    }

    @Test
    void unchanged_rows_of_the_next_export_still_match_and_a_changed_one_matches_by_its_new_email() {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, personal_email) values
                  ('1001', 'Ann', 'ann@x.org'), ('1002', 'Bo', 'bo@new.org')""");
        imports.importCsv(
                upload(CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,", "2,,Bo,Ray,bo@old.org,,,,,,")),
                ImportProgress.NONE);
        assertThat(actualLinks()).containsEntry("1001", 1L).containsEntry("1002", null);

        CsvImportSummary next = imports.importCsv(
                upload(CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,", "2,,Bo,Ray,bo@new.org,,,,,,")),
                ImportProgress.NONE);

        assertThat(actualLinks()).containsEntry("1001", 1L).containsEntry("1002", 2L);
        assertThat(next.contactsUnchanged()).isEqualTo(1);
        assertThat(next.contactsUpdated()).isEqualTo(1);
    }

    @Test
    void the_same_file_again_rewrites_no_mirror_row_and_a_changed_linked_contact_only_its_own() {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, personal_email) values
                  ('1001', 'Ann', 'ann@x.org'), ('1002', 'Bo', 'bo@x.org')""");
        Path first = CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,Donor,,", "2,,Bo,Ray,bo@x.org,,,,Donor,,");
        imports.importCsv(upload(first), ImportProgress.NONE);
        Map<String, String> before = mirrorRowVersions();

        imports.importCsv(upload(first), ImportProgress.NONE);
        assertThat(mirrorRowVersions()).isEqualTo(before);

        imports.importCsv(
                upload(CsvFiles.export(
                        directory, "1,,Ann,Lee,ann@x.org,,,,Donor,,", "2,,Bo,Ray,bo@x.org,,,,\"Donor, Mentor\",,")),
                ImportProgress.NONE);
        Map<String, String> after = mirrorRowVersions();
        assertThat(after.get("1001")).isEqualTo(before.get("1001"));
        assertThat(after.get("1002")).isNotEqualTo(before.get("1002"));
        assertThat(jdbc.queryForObject(
                        "select array_to_string(tags, '|') from raw_mn_gb_contacts where mn_id = '1002'", String.class))
                .isEqualTo("Donor|Mentor");
    }

    @Test
    void a_renamed_column_rewrites_every_row_even_when_no_cell_changed() {
        String rows = "1,Senior\n2,Junior\n";
        imports.importCsv(
                upload(CsvFiles.write(directory, "before.csv", "Givebutter Contact ID,🎓 UGA Class\n" + rows)),
                ImportProgress.NONE);

        CsvImportSummary renamed = imports.importCsv(
                upload(CsvFiles.write(directory, "after.csv", "Givebutter Contact ID,🎓 Class Year\n" + rows)),
                ImportProgress.NONE);

        assertThat(renamed.contactsUpdated()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select custom_fields ->> '🎓 Class Year' from raw_gb_full_contacts where contact_id = 1",
                        String.class))
                .isEqualTo("Senior");
    }

    @Test
    void a_partial_export_is_refused_unchanged_until_confirmed() {
        GivebutterExportGenerator.Population population = plant(400, 1);
        imports.importCsv(upload(directory.resolve("export.csv")), ImportProgress.NONE);
        jdbc.update("update raw_gb_full_contacts set first_name = 'Before'");
        Path small = CsvFiles.export(directory, "99,,Zed,Ray,zed@x.org,,,,,,");
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> imports.importCsv(upload(small), ImportProgress.NONE))
                .isInstanceOf(PartialExportException.class)
                .hasMessage("This CSV has 100 % fewer contacts (1 vs 400). Is this a filtered export?");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(count("csv_import_log where outcome = 'cancelled'")).isEqualTo(1);

        CsvImportSummary confirmed = imports.importCsv(upload(small).confirmed(), ImportProgress.NONE);

        assertThat(confirmed.contactsInserted()).isEqualTo(1);
        assertThat(count("raw_gb_full_contacts")).isEqualTo(401);
        assertThat(confirmed.warnings()).singleElement().asString().contains("filtered export");
        assertThat(population.contacts).isEqualTo(400);
    }

    @Test
    void the_upload_log_records_who_uploaded_what_and_the_counts() {
        plant(300, 1);

        CsvImportSummary summary = imports.importCsv(upload(directory.resolve("export.csv")), ImportProgress.NONE);

        Map<String, Object> entry = jdbc.queryForMap("select * from csv_import_log where id = ?", summary.uploadId());
        assertThat(entry)
                .containsEntry("filename", "export.csv")
                .containsEntry("uploaded_by", "admin")
                .containsEntry("outcome", "completed")
                .containsEntry("total_contacts", 300)
                .containsEntry("mentors_matched", summary.mentorsMatched())
                .containsEntry("new_contact_ids_captured", summary.newContactIdsCaptured())
                .containsEntry("duplicates_detected", summary.duplicatesDetected());
        assertThat((Long) entry.get("duration_ms")).isNotNull();
    }

    @Test
    void columns_are_stored_by_header_with_lists_custom_fields_and_unknown_columns() {
        Path file = CsvFiles.write(directory, "reordered.csv", """
                Notes,Tags,🎓 UGA Class,Favourite Colour,Primary Phone,Givebutter Contact ID,Additional Emails
                "Called twice,
                ""prefers text\""","Donor, Mentors 2024",Senior,teal,(706) 555-0134,42,"a@x.org, b@y.org"
                """);

        imports.importCsv(upload(file), ImportProgress.NONE);

        Map<String, Object> row = jdbc.queryForMap("select notes, primary_phone, custom_fields::text as custom, "
                + "raw::text as raw, array_to_string(tags, '|') as tags, array_to_string(additional_emails, '|') "
                + "as emails from raw_gb_full_contacts where contact_id = 42");
        assertThat(row)
                .containsEntry("notes", "Called twice,\n\"prefers text\"")
                .containsEntry("primary_phone", "(706) 555-0134")
                .containsEntry("tags", "Donor|Mentors 2024")
                .containsEntry("emails", "a@x.org|b@y.org");
        assertThat((String) row.get("custom"))
                .contains("\"🎓 UGA Class\": \"Senior\"")
                .contains("\"Favourite Colour\": \"teal\"");
        assertThat((String) row.get("raw")).contains("\"Favourite Colour\": \"teal\"");
    }

    @Test
    void a_quoted_note_is_stored_with_its_line_breaks_as_written() {
        Path file = CsvFiles.write(
                directory,
                "crlf.csv",
                "Givebutter Contact ID,Notes\r\n" + "42,\"Windows line\r\nUnix line\nold Mac line\rend\"\r\n");

        imports.importCsv(upload(file), ImportProgress.NONE);

        assertThat(jdbc.queryForObject("select notes from raw_gb_full_contacts where contact_id = 42", String.class))
                .isEqualTo("Windows line\r\nUnix line\nold Mac line\rend");
    }

    @Test
    void coverage_counts_only_active_mentors() {
        jdbc.update("insert into mentors (mn_id, phone, preferred_name, dropped) values "
                + "('1', '+14702000001', 'A', false), ('2', '+14702000002', 'B', false), "
                + "('3', '+14702000003', 'C', true)");

        CsvImportSummary summary =
                imports.importCsv(upload(CsvFiles.export(directory, "10,,A,A,,,4702000001,,,,")), ImportProgress.NONE);

        assertThat(summary.mentorsMatched()).isEqualTo(1);
        assertThat(summary.mentorsWithoutContact()).isEqualTo(1);
        assertThat(summary.coveragePercent()).isEqualTo(50.0);
    }

    @Test
    void the_first_import_leaves_the_key_and_every_index_in_place_whether_it_succeeds_or_not() {
        // the first import drops and rebuilds whatever indexes the table has, not only those it knows of
        jdbc.execute("create index contacts_by_city on raw_gb_full_contacts (lower(city))");
        try {
            firstImportsKeepKeyAndIndexes();
        } finally {
            jdbc.execute("drop index if exists contacts_by_city");
        }
    }

    private void firstImportsKeepKeyAndIndexes() {
        Path bad = CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,", "x,,Bo,Ray,,,,,,,");
        assertThatThrownBy(() -> imports.importCsv(upload(bad), ImportProgress.NONE))
                .isInstanceOf(org.swab.mentorsync.importing.csv.CsvRejectedException.class);
        assertThat(contactIndexes()).containsExactlyInAnyOrder("raw_gb_full_contacts_pkey", "contacts_by_city");

        imports.importCsv(upload(CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,")), ImportProgress.NONE);

        assertThat(contactIndexes()).containsExactlyInAnyOrder("raw_gb_full_contacts_pkey", "contacts_by_city");
        assertThat(jdbc.queryForObject(
                        "select indexdef from pg_indexes where indexname = 'contacts_by_city'", String.class))
                .contains("lower(city)");
    }

    @Test
    void every_row_carries_its_upload_time_and_file_name_and_the_table_keeps_its_key_and_no_defaults() {
        Path first = CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,");
        imports.importCsv(new CsvUpload(first, "Ann's export.csv", "admin", false), ImportProgress.NONE);
        Path next = CsvFiles.export(directory, "1,,Ann,Lee,ann@x.org,,,,,,", "2,,Bo,Ray,bo@x.org,,,,,,");
        imports.importCsv(
                new CsvUpload(next, "next'); drop table mentors; --.csv", "admin", false), ImportProgress.NONE);

        assertThat(jdbc.queryForList("select csv_filename from raw_gb_full_contacts order by contact_id", String.class))
                .containsExactly("Ann's export.csv", "next'); drop table mentors; --.csv");
        assertThat(jdbc.queryForObject(
                        "select count(*) from raw_gb_full_contacts c join csv_import_log l"
                                + " on l.filename = c.csv_filename and l.uploaded_at = c.csv_uploaded_at",
                        Long.class))
                .as("each row's time is its upload's")
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'raw_gb_full_contacts'"
                                + " and column_name in ('csv_uploaded_at', 'csv_filename') and column_default is null",
                        String.class))
                .as("the first import's defaults are gone again")
                .hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_constraint where conrelid = 'raw_gb_full_contacts'::regclass"
                                + " and contype = 'p'",
                        Long.class))
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("insert into raw_gb_full_contacts (contact_id, csv_uploaded_at,"
                        + " csv_filename) values (1, now(), 'x.csv')"))
                .as("the primary key built again after the first import")
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    private List<String> contactIndexes() {
        return jdbc.queryForList(
                "select indexname from pg_indexes where tablename = 'raw_gb_full_contacts'", String.class);
    }

    private GivebutterExportGenerator.Population plant(int contacts, int groups) {
        GivebutterExportGenerator.Population population =
                new GivebutterExportGenerator(contacts).write(directory.resolve("export.csv"), contacts, groups);
        population.insertInto(jdbc);
        return population;
    }

    private CsvUpload upload(Path file) {
        return new CsvUpload(file, file.getFileName().toString(), "admin", false);
    }

    private Map<String, Long> actualLinks() {
        Map<String, Long> links = new HashMap<>();
        jdbc.query("select mn_id, gb_contact_id from mentors", row -> {
            links.put(row.getString(1), (Long) row.getObject(2));
        });
        return links;
    }

    private Map<String, Object> error(String type, String key) {
        List<Map<String, Object>> rows =
                jdbc.queryForList("select * from mn_errors where error_type = ? and error_key = ?", type, key);
        assertThat(rows)
                .as(
                        "%s %s in %s",
                        type,
                        key,
                        jdbc.queryForList("select error_type, error_key from mn_errors").stream()
                                .map(Object::toString)
                                .collect(Collectors.toCollection(TreeSet::new)))
                .hasSize(1);
        return rows.getFirst();
    }

    /** Each mirror row's transaction id: it changes when the row is rewritten. */
    private Map<String, String> mirrorRowVersions() {
        Map<String, String> versions = new HashMap<>();
        jdbc.query("select mn_id, xmin::text from raw_mn_gb_contacts", row -> {
            versions.put(row.getString(1), row.getString(2));
        });
        return versions;
    }

    private long count(String fromWhere) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Long.class);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("raw_gb_full_contacts", "raw_mn_gb_contacts", "mentors", "mn_errors")) {
            counts.put(table, count(table));
        }
        counts.put("linked", count("mentors where gb_contact_id is not null"));
        counts.put("changed", count("raw_gb_full_contacts where first_name <> 'Before'"));
        return counts;
    }
}
