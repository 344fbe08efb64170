package org.swab.mentorsync.export;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.mentor.GivebutterContactField;
import tools.jackson.databind.json.JsonMapper;

/**
 * Owns the staged Givebutter contact import (mn_gb_import, columns named as Givebutter's template): one row per
 * active mentor, rebuilt whole.
 */
@Service
public class GivebutterImport {

    /** mn_gb_import's template columns, quoted, in the catalogue's template order. */
    static final List<String> TEMPLATE_COLUMNS = IntStream.range(0, GivebutterContactField.IMPORT_TEMPLATE.size())
            .mapToObj(index -> '"' + GivebutterContactField.importTemplateHeader(index) + '"')
            .toList();

    private static final String INSERT = "insert into mn_gb_import (mn_id, " + String.join(", ", TEMPLATE_COLUMNS)
            + ", custom_fields, needs_sync, last_exported_at, generated_at) values (?, "
            + TEMPLATE_COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", "))
            + ", ?::jsonb, true, ?, ?)";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportRowFactory factory;

    GivebutterImport(
            JdbcTemplate jdbc,
            JsonMapper json,
            Clock clock,
            ExportProperties properties,
            GivebutterCustomFields customFields) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.factory = new ImportRowFactory(properties, customFields);
    }

    /**
     * Replaces every staged row with those of {@code mentors}, inside the caller's transaction (the ETL's), so the
     * import and the mentors it describes change together. Export marks are kept. {@code contactIds}: the linked
     * contact per mentor id.
     *
     * @return the rows written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int rebuild(List<ImportCandidate> mentors, Map<String, Long> contactIds) {
        Map<String, Timestamp> exportMarks = new HashMap<>();
        jdbc.query("select mn_id, last_exported_at from mn_gb_import where last_exported_at is not null", row -> {
            exportMarks.put(row.getString(1), row.getTimestamp(2));
        });
        Map<String, KnownContact> mirrored = mirroredContacts();
        jdbc.update("delete from mn_gb_import");
        Timestamp generatedAt = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (ImportCandidate mentor : mentors) {
            Long contactId = contactIds.get(mentor.mnId());
            KnownContact mirror = mirrored.get(mentor.mnId());
            GivebutterImportRow row = factory.row(
                    mentor,
                    contactId == null
                            ? null
                            : mirror != null && mirror.contactId() == contactId ? mirror : KnownContact.of(contactId));
            List<Object> values = new ArrayList<>();
            values.add(row.mnId());
            IntStream.range(0, TEMPLATE_COLUMNS.size()).forEach(index -> values.add(row.templateValue(index)));
            // sorted, so the stored json reads the same whatever the configured order
            values.add(json.writeValueAsString(new TreeMap<>(row.customFields())));
            // when a row was last downloaded survives its rebuild
            values.add(exportMarks.get(mentor.mnId()));
            values.add(generatedAt);
            rows.add(values.toArray());
        }
        jdbc.batchUpdate(INSERT, rows);
        return mentors.size();
    }

    /** The linked contacts' tags and subscription statuses as the mirror last saw them, by mentor id. */
    private Map<String, KnownContact> mirroredContacts() {
        List<GivebutterContactField> subscriptions = List.of(
                GivebutterContactField.ENGAGE_EMAIL_SUBSCRIBED,
                GivebutterContactField.ENGAGE_SMS_SUBSCRIBED,
                GivebutterContactField.ENGAGE_MAIL_SUBSCRIBED);
        Map<String, KnownContact> contacts = new HashMap<>();
        jdbc.query(
                "select mn_id, contact_id, " + GivebutterContactField.TAGS.databaseColumn() + ", "
                        + subscriptions.stream()
                                .map(GivebutterContactField::databaseColumn)
                                .collect(Collectors.joining(", "))
                        + " from raw_mn_gb_contacts",
                row -> {
                    java.sql.Array tags = row.getArray(GivebutterContactField.TAGS.databaseColumn());
                    Map<GivebutterContactField, String> subscribed =
                            new java.util.EnumMap<>(GivebutterContactField.class);
                    for (GivebutterContactField field : subscriptions) {
                        String value = row.getString(field.databaseColumn());
                        if (value != null && !value.isBlank()) {
                            subscribed.put(field, value.strip().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    contacts.put(
                            row.getString("mn_id"),
                            new KnownContact(
                                    row.getLong("contact_id"),
                                    tags == null ? List.of() : List.of((String[]) tags.getArray()),
                                    subscribed));
                });
        return contacts;
    }

    /** Empties the staged import for a new season, inside the caller's transaction; the next ETL stages it again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearForNewSeason() {
        jdbc.update("delete from mn_gb_import");
    }
}
