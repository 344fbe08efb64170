package org.swab.mentorsync.export;

import org.swab.mentorsync.mentor.EmailAddresses;
import com.opencsv.CSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.swab.mentorsync.mentor.GivebutterContactField;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorRepository;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * Writes the staged mn_gb_import rows as Givebutter's contact import CSV (template columns in Givebutter's order,
 * then the custom-field columns by name), for the mentors of the chosen statuses. Dropped mentors are never in it.
 */
@Service
public class GivebutterImportExport {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final MentorRepository mentors;
    private final Clock clock;

    GivebutterImportExport(JdbcTemplate jdbc, JsonMapper json, MentorRepository mentors, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.mentors = mentors;
        this.clock = clock;
    }

    /** How many contacts each status would put in the file. */
    @Transactional(readOnly = true)
    public Map<MentorStatus, Long> contactsByStatus() {
        Map<String, MentorStatus> status = activeStatuses();
        return jdbc.queryForList("select mn_id from mn_gb_import", String.class).stream()
                .filter(status::containsKey)
                .collect(Collectors.groupingBy(status::get, Collectors.counting()));
    }

    /** The import file for the mentors of these statuses (all when empty); the rows are marked exported. */
    @Transactional
    public GivebutterImportFile export(Set<MentorStatus> statuses) {
        Map<String, MentorStatus> status = activeStatuses();
        List<StagedRow> chosen = stagedRows().stream()
                .filter(row -> status.containsKey(row.mnId()))
                .filter(row -> statuses.isEmpty() || statuses.contains(status.get(row.mnId())))
                .toList();
        TreeSet<String> customFields = new TreeSet<>();
        chosen.forEach(row -> customFields.addAll(row.customFields().keySet()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVWriter csv = new CSVWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            List<String> header = new ArrayList<>(IntStream.range(0, GivebutterContactField.IMPORT_TEMPLATE.size())
                    .mapToObj(GivebutterContactField::importTemplateHeader).toList());
            header.addAll(customFields);
            csv.writeNext(header.toArray(String[]::new), false);
            for (StagedRow row : chosen) {
                List<String> values = new ArrayList<>(row.template());
                customFields.forEach(name -> values.add(row.customFields().get(name)));
                csv.writeNext(values.stream().map(value -> value == null ? "" : value).toArray(String[]::new), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("update mn_gb_import set last_exported_at = ?, needs_sync = false where mn_id = any(?)",
                Timestamp.from(clock.instant()), chosen.stream().map(StagedRow::mnId).toArray(String[]::new));
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        return new GivebutterImportFile("givebutter-contact-import-" + date + ".csv", bytes.toByteArray(),
                chosen.size());
    }

    private List<StagedRow> stagedRows() {
        return jdbc.query("select mn_id, " + String.join(", ", GivebutterImport.TEMPLATE_COLUMNS)
                + ", custom_fields from mn_gb_import order by mn_id", (row, i) -> {
                    List<String> template = new ArrayList<>();
                    for (int column = 0; column < GivebutterImport.TEMPLATE_COLUMNS.size(); column++) {
                        template.add(row.getString(column + 2));
                    }
                    Map<String, String> customFields = json.readValue(row.getString("custom_fields"),
                            new TypeReference<Map<String, String>>() { });
                    return new StagedRow(row.getString("mn_id"), template, customFields);
                });
    }

    /** One stored import row: the template's values in order and the custom fields by header. */
    private record StagedRow(String mnId, List<String> template, Map<String, String> customFields) {
    }

    private Map<String, MentorStatus> activeStatuses() {
        return mentors.findAll().stream().filter(mentor -> !mentor.isDropped())
                .collect(Collectors.toMap(Mentor::getMnId, Mentor::getStatusCategory));
    }
}
